using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Organization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;

public sealed class ListDepartmentsHandler(IApplicationDbContext db)
    : IQueryHandler<ListDepartmentsQuery, PagedResult<DepartmentDto>>
{
    internal static readonly SortKeys<Department> Sorts = new SortKeys<Department>("code")
        .Add("code", d => d.Code).Add("name", d => d.Name).Add("createdAtUtc", d => d.CreatedAtUtc).Add("updatedAtUtc", d => d.UpdatedAtUtc);

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

        return await Sorts.Apply(departments, query).ThenBy(d => d.Id).ProjectToDto().ToPagedResultAsync(query, cancellationToken);
    }
}
