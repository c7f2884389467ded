using FluentValidation;

namespace DoubleRandom.Application.Inspections.Categories.Commands.UpdateResultCategory;

public sealed class UpdateResultCategoryValidator : AbstractValidator<UpdateResultCategoryCommand>
{
    public UpdateResultCategoryValidator()
    {
        this.AddCategoryRules();
        RuleFor(c => c.IsRetired).NotNull();
        RuleFor(c => c.Version).NotNull();
    }
}
