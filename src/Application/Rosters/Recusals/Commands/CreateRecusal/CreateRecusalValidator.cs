using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.CreateRecusal;

public sealed class CreateRecusalValidator : AbstractValidator<CreateRecusalCommand>
{
    public CreateRecusalValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.OfficerId).NotNull()
            .MustAsync(async (id, ct) => id is null || await db.Officers.AnyAsync(o => o.Id == id, ct))
            .WithMessage(_ => RecordScope.UnknownOfficer());
        RuleFor(c => c.TargetCode).NotEmpty().MaximumLength(Target.CodeMaxLength)
            .MustAsync(async (code, ct) => code is null || await db.Targets.AnyAsync(t => t.Code == code, ct))
            .WithMessage(_ => Text.Of("检查对象不存在", "The target does not exist."));
        this.AddPeriodRules(c => c.Reason, c => c.Note, c => c.ValidFrom, c => c.ValidTo);
    }
}
