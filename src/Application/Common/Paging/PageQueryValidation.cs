using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Common.Paging;

public static class PageQueryValidation
{
    public const int MaxPageSize = 500;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyCollection<string>> Sortable = new();

    /// <summary>The fields <c>sort</c> may name for the page query <paramref name="query"/>, once its validator has been built.</summary>
    public static IReadOnlyCollection<string>? SortableFields(Type query) => Sortable.GetValueOrDefault(query);

    /// <summary>Paging rules, and <c>sort</c> naming one of the list's sort table fields (the handler's <c>Sorts</c>).</summary>
    public static void AddPagingRules<T, TEntity>(this AbstractValidator<T> validator, SortKeys<TEntity> sorts)
        where T : IPageQuery => validator.AddPagingRules(sorts.Fields);

    /// <summary>Paging rules, and <c>sort</c> naming one of <paramref name="sortableFields"/> (a list ordered without a <see cref="SortKeys{T}"/>).</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator, IReadOnlyCollection<string> sortableFields)
        where T : IPageQuery
    {
        Sortable[typeof(T)] = sortableFields;
        validator.AddPageRules();
        validator.RuleFor(q => q.Sort)
            .Must(s => s is null || sortableFields.Contains(s.TrimStart('-'), StringComparer.Ordinal))
            .WithMessage(_ => Text.Of(
                $"排序字段必须是以下之一（可加前缀 - 表示降序）：{string.Join(", ", sortableFields)}",
                $"Sort must be one of {string.Join(", ", sortableFields)}, optionally prefixed with '-' for descending."));
    }

    /// <summary>
    /// <c>page</c> from 1 and <c>pageSize</c> 1–500; the rows skipped, (page − 1) × pageSize, must fit the database's
    /// OFFSET as the queries compute it (a 32-bit integer): <c>page=2147483647&amp;pageSize=500</c> is a 400, not an overflow.
    /// </summary>
    public static void AddPageRules<T>(this AbstractValidator<T> validator)
        where T : IPageQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        validator.RuleFor(q => q.Page)
            .Must((q, page) => (page - 1L) * q.PageSize <= int.MaxValue)
            .When(q => q.Page >= 1 && q.PageSize is >= 1 and <= MaxPageSize)
            .WithMessage(q => Text.Of(
                $"page 过大：按每页 {q.PageSize} 条，page 最大为 {int.MaxValue / q.PageSize + 1}",
                $"page is too large: with pageSize {q.PageSize}, page is at most {int.MaxValue / q.PageSize + 1}."));
    }

    public static bool IsDescending(this IPageQuery query) => query.Sort?.StartsWith('-') == true;

    public static string SortField(this IPageQuery query, string defaultField) =>
        string.IsNullOrEmpty(query.Sort) ? defaultField : query.Sort.TrimStart('-');
}
