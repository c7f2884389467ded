using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ExplainTarget;

public sealed class ExplainTargetValidator : AbstractValidator<ExplainTargetQuery>
{
    public ExplainTargetValidator() => RuleFor(q => q.Code).NotEmpty().MaximumLength(Target.CodeMaxLength);
}
