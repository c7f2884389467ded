using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Users.Queries.ListUsers;

public sealed class ListUsersHandler(IApplicationDbContext db) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
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

        var descending = query.IsDescending();
        var ordered = query.SortField("userName") switch
        {
            "displayName" => users.OrderBy(u => u.DisplayName, descending),
            "createdAtUtc" => users.OrderBy(u => u.CreatedAtUtc, descending),
            "lastLoginAtUtc" => users.OrderBy(u => u.LastLoginAtUtc, descending),
            _ => users.OrderBy(u => u.UserName, descending),
        };

        // Roles are stored as one column; the role filter runs after paging would be wrong, so filter in memory
        // on the (small) user table when asked.
        if (query.Role is { } role)
        {
            var all = (await ordered.ThenBy(u => u.Id).ToListAsync(cancellationToken)).Where(u => u.Roles.Contains(role)).ToList();
            return new PagedResult<UserDto>(
                all.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(u => u.ToDto()).ToList(), query.Page, query.PageSize, all.Count);
        }

        var page = await ordered.ThenBy(u => u.Id).ToPagedResultAsync(query, cancellationToken);
        return new PagedResult<UserDto>(page.Items.Select(u => u.ToDto()).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
