using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Officers.Queries.ExportOfficers;

public sealed class ExportOfficersValidator : AbstractValidator<ExportOfficersQuery>
{
    public ExportOfficersValidator()
    {
        RuleFor(q => q.Filter.Q).MaximumLength(Officer.NameMaxLength).OverridePropertyName("q");
        RuleFor(q => q.Filter.Expertise).MaximumLength(50).Matches("^[^|%_]*$").OverridePropertyName("expertise");
    }
}
