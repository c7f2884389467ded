using DoubleRandom.Domain.Draws;
using FluentValidation;

namespace DoubleRandom.Application.Draws.Commands.RequestAmendment;

public sealed class RequestAmendmentValidator : AbstractValidator<RequestAmendmentCommand>
{
    public RequestAmendmentValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.GroupNumber).NotNull().GreaterThan(0);
        RuleFor(c => c.Note).MaximumLength(DrawAmendment.NoteMaxLength);
        When(c => c.Kind == AmendmentKind.ReplaceOfficer, () =>
        {
            RuleFor(c => c.OfficerId).NotEmpty();
            RuleFor(c => c.ReplacementOfficerId).NotEmpty();
            RuleFor(c => c.Reason).NotNull().IsInEnum().NotEqual(AmendmentReason.Unassigned);
        });
        When(c => c.Kind == AmendmentKind.PlaceTarget, () => RuleFor(c => c.TargetCode).NotEmpty().MaximumLength(64));
    }
}
