using FluentValidation;

namespace DoubleRandom.Application.Inspections.Queries.ExportGroupSummary;

public sealed class ExportGroupSummaryValidator : AbstractValidator<ExportGroupSummaryQuery>
{
    public ExportGroupSummaryValidator() => RuleFor(q => q.GroupNumber).InclusiveBetween(1, SummaryLimits.MaxGroupNumber);
}
