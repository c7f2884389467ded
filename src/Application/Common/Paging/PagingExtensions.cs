using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Paging;

public static class PagingExtensions
{
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> query, IPageQuery page, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Skip((page.Page - 1) * page.PageSize)
            .Take(page.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<T>(items, page.Page, page.PageSize, total);
    }

    /// <summary>One page of <paramref name="query"/>, each item mapped (an entity to its DTO) once read.</summary>
    public static async Task<PagedResult<TOut>> ToPagedResultAsync<T, TOut>(
        this IQueryable<T> query, IPageQuery page, Func<T, TOut> map, CancellationToken cancellationToken) =>
        (await query.ToPagedResultAsync(page, cancellationToken)).Map(map);

    /// <summary>Orders by a key, ascending or descending, with the id as a tie-breaker so pages never overlap.</summary>
    public static IOrderedQueryable<T> OrderBy<T, TKey>(
        this IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : Queryable.OrderBy(query, key);
}
