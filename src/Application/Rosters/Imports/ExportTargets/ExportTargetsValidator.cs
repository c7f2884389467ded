using DoubleRandom.Application.Rosters.Targets;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Imports.ExportTargets;

public sealed class ExportTargetsValidator : AbstractValidator<ExportTargetsQuery>
{
    public ExportTargetsValidator() => this.AddFilterRules(q => q.Filter);
}
