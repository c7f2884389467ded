namespace DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

/// <summary>
/// One enum: <paramref name="Schema"/> is its schema name in the OpenAPI document (<c>Role</c> and <c>ConfirmableAction</c>
/// for the string values of roles and confirmation actions), <paramref name="Name"/> its display name.
/// </summary>
public sealed record EnumNamesDto(string Schema, string Name, IReadOnlyList<EnumValueNameDto> Values);
