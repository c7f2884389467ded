using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Categories;

internal static class ResultCategoryRules
{
    public static void AddCategoryRules<T>(this AbstractValidator<T> v)
        where T : IResultCategoryFields
    {
        v.RuleFor(c => c.NameZh).DisplayName(ResultCategory.NameZhMaxLength);
        v.RuleFor(c => c.NameEn).DisplayName(ResultCategory.NameEnMaxLength);
        v.RuleFor(c => c.IndicatesProblem).NotNull();
        v.RuleFor(c => c.SortOrder).NotNull().InclusiveBetween(0, 100_000);
    }
}
