using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;

public sealed class ListDepartmentsHandler(IApplicationDbContext db)
    : IQueryHandler<ListDepartmentsQuery, PagedResult<DepartmentDto>>
{
    public async ValueTask<PagedResult<DepartmentDto>> Handle(ListDepartmentsQuery query, CancellationToken cancellationToken)
    {
        var departments = db.Departments.AsNoTracking();
        if (!query.IncludeRetired)
        {
            departments = departments.Where(d => d.RetiredAtUtc == null);
        }

        if (!string.IsNullOrEmpty(query.Q))
        {
            departments = departments.Where(d => d.Code.Contains(query.Q) || d.Name.Contains(query.Q));
        }

        var descending = query.IsDescending();
        var ordered = query.SortField("code") switch
        {
            "name" => departments.OrderBy(d => d.Name, descending),
            "createdAtUtc" => departments.OrderBy(d => d.CreatedAtUtc, descending),
            "updatedAtUtc" => departments.OrderBy(d => d.UpdatedAtUtc, descending),
            _ => departments.OrderBy(d => d.Code, descending),
        };

        return await ordered.ThenBy(d => d.Id).ProjectToDto().ToPagedResultAsync(query, cancellationToken);
    }
}
