using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Common.Paging;

/// <summary>Paging and sorting parameters shared by every list query.</summary>
public interface IPageQuery
{
    int Page { get; }

    int PageSize { get; }

    /// <summary>A field name, optionally prefixed with <c>-</c> for descending order.</summary>
    string? Sort { get; }
}

public static class PageQueryValidation
{
    public const int MaxPageSize = 500;

    public static void AddPagingRules<T>(this AbstractValidator<T> validator, IReadOnlyCollection<string> sortableFields)
        where T : IPageQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        validator.RuleFor(q => q.Sort)
            .Must(s => s is null || sortableFields.Contains(s.TrimStart('-'), StringComparer.Ordinal))
            .WithMessage(_ => Text.Of(
                $"排序字段必须是以下之一（可加前缀 - 表示降序）：{string.Join(", ", sortableFields)}",
                $"Sort must be one of {string.Join(", ", sortableFields)}, optionally prefixed with '-' for descending."));
    }

    public static bool IsDescending(this IPageQuery query) => query.Sort?.StartsWith('-') == true;

    public static string SortField(this IPageQuery query, string defaultField) =>
        string.IsNullOrEmpty(query.Sort) ? defaultField : query.Sort.TrimStart('-');
}
