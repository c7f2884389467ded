using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListIndustries;

public sealed class ListIndustriesHandler(IReferenceData reference)
    : IQueryHandler<ListIndustriesQuery, IReadOnlyList<IndustrySectionDto>>
{
    public ValueTask<IReadOnlyList<IndustrySectionDto>> Handle(ListIndustriesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(reference.Industries);
}
