using DoubleRandom.Domain.Risk;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Scoring.Commands.SetTierCutoffs;

/// <summary>A mode and three cut values, each strictly between 0 and 1, strictly increasing (errors name the value that breaks the order).</summary>
public sealed class SetTierCutoffsValidator : AbstractValidator<SetTierCutoffsCommand>
{
    public SetTierCutoffsValidator()
    {
        RuleFor(c => c.Mode).NotNull().IsInEnum();
        RuleFor(c => c.First).NotNull().ExclusiveBetween(0, 1);
        RuleFor(c => c.Second).NotNull().ExclusiveBetween(0, 1);
        RuleFor(c => c.Third).NotNull().ExclusiveBetween(0, 1);
        RuleFor(c => c.Second).Must((c, second) => second > c.First)
            .When(c => c is { First: > 0 and < 1, Second: > 0 and < 1 })
            .WithMessage(_ => RiskScoringTexts.CutoffsOrder);
        RuleFor(c => c.Third).Must((c, third) => third > c.Second)
            .When(c => c is { Second: > 0 and < 1, Third: > 0 and < 1 })
            .WithMessage(_ => RiskScoringTexts.CutoffsOrder);
        RuleFor(c => c).Must(c => RiskTierCutoffs.AreValid(c.First!.Value, c.Second!.Value, c.Third!.Value))
            .When(c => c is { First: not null, Second: not null, Third: not null })
            .OverridePropertyName("third")
            .WithMessage(_ => RiskScoringTexts.CutoffsOrder);
    }
}
