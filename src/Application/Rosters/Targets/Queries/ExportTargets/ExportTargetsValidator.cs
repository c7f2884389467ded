using FluentValidation;

namespace DoubleRandom.Application.Rosters.Targets.Queries.ExportTargets;

public sealed class ExportTargetsValidator : AbstractValidator<ExportTargetsQuery>
{
    public ExportTargetsValidator() => this.AddFilterRules(q => q.Filter);
}
