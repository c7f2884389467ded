using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Users.Queries.ListUsers;

public sealed class ListUsersHandler(IApplicationDbContext db) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
    internal static readonly SortKeys<User> Sorts = new SortKeys<User>("userName")
        .Add("userName", u => u.UserName).Add("displayName", u => u.DisplayName)
        .Add("createdAtUtc", u => u.CreatedAtUtc).Add("lastLoginAtUtc", u => u.LastLoginAtUtc);

    public async ValueTask<PagedResult<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!query.IncludeDisabled)
        {
            users = users.Where(u => !u.IsDisabled);
        }

        if (!string.IsNullOrEmpty(query.Q))
        {
            users = users.Where(u => u.UserName.Contains(query.Q) || u.DisplayName.Contains(query.Q));
        }

        if (query.UnitId is { } unitId)
        {
            users = users.Where(u => u.UnitId == unitId);
        }

        var ordered = Sorts.Apply(users, query);

        // Roles are stored as one column; the role filter runs after paging would be wrong, so filter in memory
        // on the (small) user table when asked.
        if (query.Role is { } role)
        {
            var all = (await ordered.ThenBy(u => u.Id).ToListAsync(cancellationToken)).Where(u => u.Roles.Contains(role)).ToList();
            return new PagedResult<User>([.. all.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, all.Count)
                .Map(u => u.ToDto());
        }

        return await ordered.ThenBy(u => u.Id).ToPagedResultAsync(query, u => u.ToDto(), cancellationToken);
    }
}
