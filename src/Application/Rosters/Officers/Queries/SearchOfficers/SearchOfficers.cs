using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;

/// <summary>Searches the officer roster.</summary>
/// <param name="Q">Text contained in the name, or the start of the number.</param>
/// <param name="Expertise">An expertise tag (业务专长).</param>
/// <param name="Leader">Only (true) or never (false) team-leader-eligible officers.</param>
/// <param name="CertifiedOn">Only officers holding a certificate valid on this day.</param>
public sealed record SearchOfficersQuery(
    string? Q, Guid? UnitId, string? Department, OfficerStatus? Status, bool? Leader, string? Expertise, DateOnly? CertifiedOn,
    int Page, int PageSize, string? Sort) : IQuery<PagedResult<OfficerDto>>, IPageQuery
{
    public OfficerFilter Filter => new(Q, UnitId, Department, Status, Leader, Expertise, CertifiedOn);

    public static readonly string[] SortableFields = ["number", "name", "status", "createdAtUtc", "updatedAtUtc"];
}

public sealed class SearchOfficersValidator : AbstractValidator<SearchOfficersQuery>
{
    public SearchOfficersValidator()
    {
        this.AddPagingRules(SearchOfficersQuery.SortableFields);
        RuleFor(q => q.Q).MaximumLength(Officer.NameMaxLength);
        RuleFor(q => q.Expertise).MaximumLength(50).Matches("^[^|%_]*$");
    }
}

public sealed class SearchOfficersHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : IQueryHandler<SearchOfficersQuery, PagedResult<OfficerDto>>
{
    public async ValueTask<PagedResult<OfficerDto>> Handle(SearchOfficersQuery query, CancellationToken cancellationToken)
    {
        var officers = db.Officers.AsNoTracking().Apply(query.Filter);
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            officers = officers.Where(o => visible.Contains(o.UnitId));
        }
        var descending = query.IsDescending();
        var ordered = query.SortField("number") switch
        {
            "name" => officers.OrderBy(o => o.Name, descending),
            "status" => officers.OrderBy(o => o.Status, descending),
            "createdAtUtc" => officers.OrderBy(o => o.CreatedAtUtc, descending),
            "updatedAtUtc" => officers.OrderBy(o => o.UpdatedAtUtc, descending),
            _ => officers.OrderBy(o => o.Number, descending),
        };

        var page = await ordered.ThenBy(o => o.Number).ToPagedResultAsync(query, cancellationToken);
        var today = clock.Today();
        return new PagedResult<OfficerDto>(page.Items.Select(o => o.ToDto(today)).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
