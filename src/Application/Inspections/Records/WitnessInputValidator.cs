using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>One witness of a refusal; its own class so the OpenAPI schema shows the rules.</summary>
public sealed class WitnessInputValidator : AbstractValidator<WitnessInput>
{
    public WitnessInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Witness.NameMaxLength);
        RuleFor(x => x.Identity).NotEmpty().MaximumLength(Witness.IdentityMaxLength);
        RuleFor(x => x.Phone).MaximumLength(Witness.PhoneMaxLength).Matches("^[0-9+() -]*$")
            .WithMessage(_ => Text.Of("电话只能包含数字、空格和 + ( ) -", "A phone holds digits, spaces and + ( ) - only."));
    }
}
