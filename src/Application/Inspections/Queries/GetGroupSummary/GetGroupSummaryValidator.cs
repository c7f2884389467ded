using FluentValidation;

namespace DoubleRandom.Application.Inspections.Queries.GetGroupSummary;

public sealed class GetGroupSummaryValidator : AbstractValidator<GetGroupSummaryQuery>
{
    public GetGroupSummaryValidator() => RuleFor(q => q.GroupNumber).InclusiveBetween(1, SummaryLimits.MaxGroupNumber);
}
