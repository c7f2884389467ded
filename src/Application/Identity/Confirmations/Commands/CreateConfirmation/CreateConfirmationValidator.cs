using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using FluentValidation;

namespace DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;

public sealed class CreateConfirmationValidator : AbstractValidator<CreateConfirmationCommand>
{
    public CreateConfirmationValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64).Matches("^[a-z][a-z0-9.-]+$");
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(128).Matches("^[0-9A-Za-z._:-]+$");
        RuleFor(c => c.Action).Must(a => ConfirmableActions.All.Contains(a!)).When(c => !string.IsNullOrEmpty(c.Action))
            .WithMessage(_ => Text.Of("不是需要监督人确认的操作", "Not an action a supervisor confirms."));
        RuleFor(c => c.Subject).Must((c, s) => ConfirmableActions.DrawOf(c.Action, s) is not null)
            .When(c => c.Action == ConfirmableActions.DrawExecute && !string.IsNullOrEmpty(c.Subject))
            .WithMessage(_ => Text.Of("确认对象须为抽取编号（小写 GUID）", "The subject must be the draw's id (a lower-case GUID)."));
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(User.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
