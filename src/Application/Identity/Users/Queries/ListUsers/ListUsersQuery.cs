using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Identity.Users.Queries.ListUsers;

/// <summary>Lists users.</summary>
/// <param name="Q">Text in the user name or display name.</param>
/// <param name="Role">Only users holding this role.</param>
public sealed record ListUsersQuery(string? Q, string? Role, Guid? UnitId, bool IncludeDisabled, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<UserDto>>, IPageQuery;
