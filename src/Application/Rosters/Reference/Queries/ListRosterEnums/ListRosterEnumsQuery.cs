using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;

/// <summary>The display names of the roster enums, so clients need not hard-code them.</summary>
public sealed record ListRosterEnumsQuery : IQuery<RosterEnumsDto>;
