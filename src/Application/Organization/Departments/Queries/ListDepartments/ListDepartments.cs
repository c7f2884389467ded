using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Organization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;

/// <summary>Lists departments, a page at a time.</summary>
/// <param name="Q">Text contained in the code or the name.</param>
/// <param name="IncludeRetired">Retired departments are left out unless this is true.</param>
public sealed record ListDepartmentsQuery(string? Q, bool IncludeRetired, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<DepartmentDto>>, IPageQuery
{
    public static readonly string[] SortableFields = ["code", "name", "createdAtUtc", "updatedAtUtc"];
}

public sealed class ListDepartmentsValidator : AbstractValidator<ListDepartmentsQuery>
{
    public ListDepartmentsValidator()
    {
        this.AddPagingRules(ListDepartmentsQuery.SortableFields);
        RuleFor(q => q.Q).MaximumLength(Department.NameMaxLength);
    }
}

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
