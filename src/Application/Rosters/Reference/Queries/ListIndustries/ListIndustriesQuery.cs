using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListIndustries;

/// <summary>GB/T 4754-2017 sections with their division ranges.</summary>
public sealed record ListIndustriesQuery : IQuery<IReadOnlyList<IndustrySectionDto>>;
