using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.PublicResults.Queries.SearchPublicResults;

public sealed class SearchPublicResultsValidator : AbstractValidator<SearchPublicResultsQuery>
{
    public SearchPublicResultsValidator()
    {
        RuleFor(q => q.Code)
            .Must(c => PublicResultLimits.IsCode(c!))
            .When(q => q.Code is not null)
            .WithMessage(Text.Of(
                $"代码须为 1 至 {PublicResultLimits.CodeMaxLength} 位字母、数字或 . _ : -（如统一社会信用代码）",
                $"The code is 1 to {PublicResultLimits.CodeMaxLength} letters, digits or . _ : - (e.g. a unified social credit code)."));
        RuleFor(q => q.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n) && n.Length <= PublicResultLimits.NameMaxLength && !n.Any(char.IsControl))
            .When(q => q.Name is not null)
            .WithMessage(Text.Of(
                $"名称须为 1 至 {PublicResultLimits.NameMaxLength} 个字符（从名称开头匹配），不含控制字符",
                $"The name is 1 to {PublicResultLimits.NameMaxLength} characters (matched from the start of the name), without control characters."));
        RuleFor(q => q.Year)
            .InclusiveBetween(PublicResultLimits.MinYear, PublicResultLimits.MaxYear)
            .When(q => q.Year is not null);
        RuleFor(q => q.Code)
            .Must((q, _) => q.Code is not null || q.Name is not null || q.Year is not null || q.TaskId is not null)
            .WithMessage(Text.Of("请至少给出代码、名称、年度或任务之一", "Give at least one of code, name, year or taskId."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PublicResultLimits.MaxPageSize);
        // Also when pageSize is out of range (counted at the nearest allowed size), so a huge page is always named.
        RuleFor(q => q.Page)
            .Must((q, page) => (long)page * Size(q) <= PublicResultLimits.MaxReachableRows)
            .When(q => q.Page >= 1)
            .WithMessage(q => Text.Of(
                $"最多可翻到第 {PublicResultLimits.MaxReachableRows} 条（每页 {Size(q)} 条时 page 最大为 {PublicResultLimits.MaxReachableRows / Size(q)}），请缩小查询范围",
                $"Paging reaches row {PublicResultLimits.MaxReachableRows} at most (page ≤ {PublicResultLimits.MaxReachableRows / Size(q)} with pageSize {Size(q)}); narrow the search."));
    }

    private static int Size(SearchPublicResultsQuery query) => Math.Clamp(query.PageSize, 1, PublicResultLimits.MaxPageSize);
}
