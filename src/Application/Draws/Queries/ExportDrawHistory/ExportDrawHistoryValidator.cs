using FluentValidation;

namespace DoubleRandom.Application.Draws.Queries.ExportDrawHistory;

public sealed class ExportDrawHistoryValidator : AbstractValidator<ExportDrawHistoryQuery>
{
    public ExportDrawHistoryValidator() => RuleFor(q => q.TargetCode).MaximumLength(64);
}
