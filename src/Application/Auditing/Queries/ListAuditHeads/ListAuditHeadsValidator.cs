using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditHeads;

public sealed class ListAuditHeadsValidator : AbstractValidator<ListAuditHeadsQuery>
{
    public ListAuditHeadsValidator() =>
        RuleFor(q => q.To)
            .Must((q, to) => q.From is null || to is null || (to >= q.From && to.Value.DayNumber - q.From.Value.DayNumber < ListAuditHeadsQuery.MaxDays))
            .WithMessage(_ => Text.Of($"日期范围须从 from 到 to，且不超过 {ListAuditHeadsQuery.MaxDays} 天",
                $"The range runs from 'from' to 'to' and spans at most {ListAuditHeadsQuery.MaxDays} days."));
}
