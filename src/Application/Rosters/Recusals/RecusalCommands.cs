using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Recusals;

/// <summary>Registers a recusal (回避): this officer must not inspect this target during the period.</summary>
/// <param name="Note">Required when the reason is <c>other</c>.</param>
/// <param name="ValidTo">Last day of the recusal (inclusive); open-ended when omitted.</param>
public sealed record CreateRecusalCommand(
    Guid? OfficerId, string? TargetCode, RecusalReason? Reason, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo)
    : ICommand<RecusalDto>, IScopedToOfficer
{
    Guid? IScopedToOfficer.ScopedOfficerId => OfficerId;

    string? IScopedToOfficer.ScopedOfficerField => "officerId";
}

public sealed record UpdateRecusalCommand(
    Guid Id, RecusalReason? Reason, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo, int? Version) : ICommand<RecusalDto>, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}

public sealed record DeleteRecusalCommand(Guid Id) : ICommand, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}

public sealed record GetRecusalQuery(Guid Id) : IQuery<RecusalDto>, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}

internal static class RecusalRules
{
    public static void AddPeriodRules<T>(this AbstractValidator<T> v, Func<T, RecusalReason?> reason, Func<T, string?> note,
        Func<T, DateOnly?> from, Func<T, DateOnly?> to)
    {
        v.RuleFor(x => reason(x)).NotNull().OverridePropertyName("reason");
        v.RuleFor(x => note(x)).MaximumLength(Recusal.NoteMaxLength).OverridePropertyName("note");
        v.RuleFor(x => note(x)).NotEmpty().When(x => reason(x) == RecusalReason.Other).OverridePropertyName("note")
            .WithMessage(_ => Text.Of("事由为“其他”时须填写说明", "A note is required when the reason is 'other'."));
        v.RuleFor(x => from(x)).NotNull().OverridePropertyName("validFrom");
        v.RuleFor(x => to(x)).Must((x, end) => end is null || from(x) is null || end >= from(x)).OverridePropertyName("validTo")
            .WithMessage(_ => Text.Of("结束日期不能早于开始日期", "The end date cannot be before the start date."));
    }

    public static Task<Recusal> GetRecusalAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Recusals.GetOrNotFoundAsync(id, Text.Of("回避登记", "Recusal"), ct);
}

public sealed class CreateRecusalValidator : AbstractValidator<CreateRecusalCommand>
{
    public CreateRecusalValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.OfficerId).NotNull()
            .MustAsync(async (id, ct) => id is null || await db.Officers.AnyAsync(o => o.Id == id, ct))
            .WithMessage(_ => Identity.RecordScope.UnknownOfficer());
        RuleFor(c => c.TargetCode).NotEmpty().MaximumLength(Target.CodeMaxLength)
            .MustAsync(async (code, ct) => code is null || await db.Targets.AnyAsync(t => t.Code == code, ct))
            .WithMessage(_ => Text.Of("检查对象不存在", "The target does not exist."));
        this.AddPeriodRules(c => c.Reason, c => c.Note, c => c.ValidFrom, c => c.ValidTo);
    }
}

public sealed class UpdateRecusalValidator : AbstractValidator<UpdateRecusalCommand>
{
    public UpdateRecusalValidator()
    {
        this.AddPeriodRules(c => c.Reason, c => c.Note, c => c.ValidFrom, c => c.ValidTo);
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
    }
}

public sealed class RecusalCommandHandlers(IApplicationDbContext db, ICurrentActor actor)
    : ICommandHandler<CreateRecusalCommand, RecusalDto>, ICommandHandler<UpdateRecusalCommand, RecusalDto>,
      ICommandHandler<DeleteRecusalCommand>, IQueryHandler<GetRecusalQuery, RecusalDto>
{
    public async ValueTask<RecusalDto> Handle(CreateRecusalCommand command, CancellationToken cancellationToken)
    {
        var recusal = Recusal.Create(command.OfficerId!.Value, command.TargetCode!, command.Reason!.Value, command.Note,
            command.ValidFrom!.Value, command.ValidTo, actor.Name);
        db.Recusals.Add(recusal);
        await db.SaveChangesAsync(cancellationToken);
        return recusal.ToDto();
    }

    public async ValueTask<RecusalDto> Handle(UpdateRecusalCommand command, CancellationToken cancellationToken)
    {
        var recusal = await db.GetRecusalAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, recusal.Version);
        recusal.Update(command.Reason!.Value, command.Note, command.ValidFrom!.Value, command.ValidTo);
        await db.SaveChangesAsync(cancellationToken);
        return recusal.ToDto();
    }

    public async ValueTask<Unit> Handle(DeleteRecusalCommand command, CancellationToken cancellationToken)
    {
        db.Recusals.Remove(await db.GetRecusalAsync(command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<RecusalDto> Handle(GetRecusalQuery query, CancellationToken cancellationToken) =>
        (await db.GetRecusalAsync(query.Id, cancellationToken)).ToDto();
}
