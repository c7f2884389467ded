using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Draws.Queries.DrawHistory;

public sealed class DrawHistoryValidator : AbstractValidator<DrawHistoryQuery>
{
    public DrawHistoryValidator()
    {
        this.AddPagingRules(["drawDate"]);
        RuleFor(q => q.TargetCode).MaximumLength(64);
    }
}
