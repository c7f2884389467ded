using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRegions;

public sealed class ListRegionsHandler(IReferenceData reference) : IQueryHandler<ListRegionsQuery, IReadOnlyList<RegionDto>>
{
    public ValueTask<IReadOnlyList<RegionDto>> Handle(ListRegionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(reference.Regions);
}
