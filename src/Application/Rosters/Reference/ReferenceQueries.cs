using Mediator;

namespace DoubleRandom.Application.Rosters.Reference;

/// <summary>The shipped administrative divisions (Ningxia: the region, 5 prefectures, their counties).</summary>
public sealed record ListRegionsQuery : IQuery<IReadOnlyList<RegionDto>>;

/// <summary>GB/T 4754-2017 sections with their division ranges.</summary>
public sealed record ListIndustriesQuery : IQuery<IReadOnlyList<IndustrySectionDto>>;

public sealed class ReferenceQueryHandlers(IReferenceData reference)
    : IQueryHandler<ListRegionsQuery, IReadOnlyList<RegionDto>>, IQueryHandler<ListIndustriesQuery, IReadOnlyList<IndustrySectionDto>>
{
    public ValueTask<IReadOnlyList<RegionDto>> Handle(ListRegionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(reference.Regions);

    public ValueTask<IReadOnlyList<IndustrySectionDto>> Handle(ListIndustriesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(reference.Industries);
}
