using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>One item's result as sent (the task-dependent checks run in <c>ToVisitAsync</c>); its own class so the OpenAPI schema shows the rules.</summary>
public sealed class RecordItemInputValidator : AbstractValidator<RecordItemInput>
{
    public RecordItemInputValidator()
    {
        RuleFor(x => x.ItemId).NotNull();
        RuleFor(x => x.ResultCategoryCode).NotEmpty().MaximumLength(ResultCategory.CodeMaxLength);
        RuleFor(x => x.Findings).MaximumLength(ItemResult.FindingsMaxLength);
        RuleFor(x => x.LegalBasis).MaximumLength(ItemResult.LegalBasisMaxLength);
    }
}
