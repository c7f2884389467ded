using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Categories.Commands.CreateResultCategory;

public sealed class CreateResultCategoryValidator : AbstractValidator<CreateResultCategoryCommand>
{
    public CreateResultCategoryValidator()
    {
        RuleFor(c => c.Code).Code(ResultCategory.CodeMaxLength);
        this.AddCategoryRules();
    }
}
