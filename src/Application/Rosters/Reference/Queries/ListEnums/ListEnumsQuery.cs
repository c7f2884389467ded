using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

/// <summary>
/// Every enum a person sees (task, draw and amendment states, roles, amendment reasons, roster enums, import and verification
/// values): each value as JSON spells it, with its display name in the request's language (Chinese unless <c>Accept-Language: en</c>).
/// </summary>
public sealed record ListEnumsQuery : IQuery<IReadOnlyList<EnumNamesDto>>;
