using DoubleRandom.Domain.Tasks;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Commands.CopyTask;

public sealed class CopyTaskValidator : AbstractValidator<CopyTaskCommand>
{
    public CopyTaskValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Name).MaximumLength(InspectionTask.NameMaxLength);
    }
}
