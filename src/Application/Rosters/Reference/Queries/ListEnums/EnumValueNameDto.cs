namespace DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

/// <summary>One value exactly as JSON carries it, with its display name in the request's language.</summary>
public sealed record EnumValueNameDto(string Value, string Name);
