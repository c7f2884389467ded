using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Publication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.PublicResults.Queries.SearchPublicResults;

/// <remarks>
/// Each shape has its index (PublishedResultConfiguration): code and publication date; task, code and item (a task's
/// rows in code order); year, publication date and row; the name prefix, case-sensitive on both providers
/// (target names compare bytewise on PostgreSQL, so <c>LIKE 'prefix%'</c> is served by the btree). Order: newest publication first, ties by row (stable pages); with a
/// task, by target code and item. The count stops at <see cref="PublicResultLimits.MaxReachableRows"/> + 1 rows and no page lies deeper,
/// so a broad search (a whole year) costs the same as a narrow one.
/// </remarks>
public sealed class SearchPublicResultsHandler(IApplicationDbContext db) : IQueryHandler<SearchPublicResultsQuery, PublicResultPage>
{
    public async ValueTask<PublicResultPage> Handle(SearchPublicResultsQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(db.PublishedResults.AsNoTracking(), query);
        var ordered = query.TaskId is null
            ? rows.OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
            : rows.OrderBy(r => r.TargetCode).ThenBy(r => r.ItemId);

        // Counted along the page's own index order, stopping one row past what can be paged to.
        var counted = await ordered.Take(PublicResultLimits.MaxReachableRows + 1).CountAsync(cancellationToken);
        var items = await ordered
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PublicResultPage(
            [.. items.Select(r => r.ToDto())], query.Page, query.PageSize, Math.Min(counted, PublicResultLimits.MaxReachableRows),
            counted > PublicResultLimits.MaxReachableRows);
    }

    private static IQueryable<PublishedResult> Filter(IQueryable<PublishedResult> rows, SearchPublicResultsQuery query)
    {
        if (query.Code is { } code)
        {
            rows = rows.Where(r => r.TargetCode == code);
        }

        if (query.Name is { } name)
        {
            // A LIKE with a constant start, which the bytewise btree serves on PostgreSQL (StartsWith may be translated
            // otherwise); SQLite's LIKE ignores ASCII case, so the first characters must also equal the name exactly —
            // a case-sensitive prefix match on both providers (the length in characters, as the databases count them).
            var pattern = name.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal) + "%";
            var length = name.EnumerateRunes().Count();
            rows = rows.Where(r => EF.Functions.Like(r.TargetName, pattern, @"\") && r.TargetName.Substring(0, length) == name);
        }

        if (query.Year is { } year)
        {
            rows = rows.Where(r => r.Year == year);
        }

        if (query.TaskId is { } task)
        {
            rows = rows.Where(r => r.TaskId == task);
        }

        return rows;
    }
}
