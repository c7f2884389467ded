using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRegions;

/// <summary>The shipped administrative divisions (Ningxia: the region, 5 prefectures, their counties).</summary>
public sealed record ListRegionsQuery : IQuery<IReadOnlyList<RegionDto>>;
