using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Queries.GetInspectionHistory;

public sealed class GetInspectionHistoryValidator : AbstractValidator<GetInspectionHistoryQuery>
{
    public GetInspectionHistoryValidator()
    {
        this.AddPagingRules(GetInspectionHistoryHandler.Sorts);
        RuleFor(q => q.TargetCode).NotEmpty().MaximumLength(Target.CodeMaxLength);
        RuleFor(q => q.Year).InclusiveBetween(1900, 9999);
    }
}
