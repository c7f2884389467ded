using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Draws.Queries;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Commands.Amendments;

public sealed record AmendmentDto(
    Guid Id, Guid DrawId, string ResultDigest, AmendmentKind Kind, AmendmentReason Reason, string? Note, int GroupNumber, Guid? OfficerId,
    Guid? ReplacementOfficerId, string? TargetCode, AmendmentStatus Status, string RequestedBy, string? DecidedBy, DateTime? DecidedAtUtc)
{
    public static AmendmentDto From(DrawAmendment a) => new(
        a.Id, a.DrawId, a.ResultDigest, a.Kind, a.Reason, a.Note, a.GroupNumber, a.OfficerId, a.ReplacementOfficerId, a.TargetCode, a.Status,
        a.RequestedBy, a.DecidedBy, a.DecidedAtUtc);
}

/// <summary>
/// Asks to change a sealed draw (§4.3.2): replace an officer (the replacement is named from the roster, not redrawn)
/// or place a target DR1 left unassigned. Nothing changes until a leader approves.
/// </summary>
public sealed record RequestAmendmentCommand(
    Guid DrawId, AmendmentKind? Kind, int? GroupNumber, Guid? OfficerId, Guid? ReplacementOfficerId, string? TargetCode,
    AmendmentReason? Reason, string? Note) : ICommand<AmendmentDto>, IScopedToDraw, IScopedToOfficer
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;

    /// <summary>The replacement is named from the roster the requester can see (an officer elsewhere reads as unknown).</summary>
    Guid? IScopedToOfficer.ScopedOfficerId => ReplacementOfficerId;

    string? IScopedToOfficer.ScopedOfficerField => "replacementOfficerId";
}

/// <summary>A leader approves or rejects; approval re-checks the rules against the draw as it is now.</summary>
/// <remarks>The amendment is looked up within the draw, so the draw's scope covers it.</remarks>
public sealed record DecideAmendmentCommand(Guid DrawId, Guid AmendmentId, bool? Approve) : ICommand<AmendmentDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}

public sealed record ListAmendmentsQuery(Guid DrawId) : IQuery<IReadOnlyList<AmendmentDto>>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}

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

public sealed class DecideAmendmentValidator : AbstractValidator<DecideAmendmentCommand>
{
    public DecideAmendmentValidator() => RuleFor(c => c.Approve).NotNull();
}

public sealed class AmendmentHandlers(
    IApplicationDbContext db, IRecusalSource recusals, IDrawStore store, ICurrentActor actor, TimeProvider clock) :
    ICommandHandler<RequestAmendmentCommand, AmendmentDto>, ICommandHandler<DecideAmendmentCommand, AmendmentDto>,
    IQueryHandler<ListAmendmentsQuery, IReadOnlyList<AmendmentDto>>
{
    public async ValueTask<AmendmentDto> Handle(RequestAmendmentCommand c, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(c.DrawId, ct);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForAmendment);
        var amendment = c.Kind == AmendmentKind.ReplaceOfficer
            ? DrawAmendment.ReplaceOfficer(draw.Id, draw.ResultDigest!, c.GroupNumber!.Value, c.OfficerId!.Value, c.ReplacementOfficerId!.Value,
                c.Reason!.Value, c.Note, actor.Name)
            : DrawAmendment.PlaceTarget(draw.Id, draw.ResultDigest!, c.GroupNumber!.Value, c.TargetCode!, c.Note, actor.Name);
        await CheckAsync(draw, amendment, ct);
        db.DrawAmendments.Add(amendment);
        await db.SaveChangesAsync(ct);
        return AmendmentDto.From(amendment);
    }

    /// <remarks>
    /// Decisions on one draw are serialised by a lock on the draw row (PostgreSQL <c>FOR UPDATE</c>): two approvals of
    /// conflicting amendments (the same replacement for two groups, one target placed twice) cannot both pass the checks;
    /// the second waits, then is checked against the draw with the first applied.
    /// </remarks>
    public async ValueTask<AmendmentDto> Handle(DecideAmendmentCommand c, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await store.LockAsync(c.DrawId, ct);
        var draw = await db.GetDrawAsync(c.DrawId, ct);
        var amendment = await db.DrawAmendments.FirstOrDefaultAsync(a => a.Id == c.AmendmentId && a.DrawId == draw.Id, ct)
            ?? throw new NotFoundException(Text.Of("变更申请", "Amendment"), c.AmendmentId);
        amendment.EnsureOpen();
        if (c.Approve == true)
        {
            await CheckAsync(draw, amendment, ct);
        }

        amendment.Decide(c.Approve!.Value, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AmendmentDto.From(amendment);
    }

    public async ValueTask<IReadOnlyList<AmendmentDto>> Handle(ListAmendmentsQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.DrawId, ct);
        return [.. (await db.DrawAmendments.AsNoTracking().Where(a => a.DrawId == draw.Id).OrderBy(a => a.CreatedAtUtc).ToListAsync(ct))
            .Select(AmendmentDto.From)];
    }

    /// <summary>The rules of §4.3.2 against the draw as currently effective (earlier approved amendments applied).</summary>
    private async Task CheckAsync(Draw draw, DrawAmendment a, CancellationToken ct)
    {
        var result = (await DrawResults.LoadAsync(db, [draw.Id], ct))[0];
        var group = result.Groups.FirstOrDefault(g => g.Number == a.GroupNumber)
            ?? throw RequestValidationException.ForField("groupNumber", Text.Of("检查组不存在", "No such group in this draw."));
        var today = clock.Today();
        if (a.Kind == AmendmentKind.ReplaceOfficer)
        {
            var leaving = group.Officers.FirstOrDefault(o => o.OfficerId == a.OfficerId)
                ?? throw RequestValidationException.ForField("officerId", Text.Of("该执法人员不在此检查组", "The officer is not in this group."));
            var replacement = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == a.ReplacementOfficerId, ct)
                ?? throw RequestValidationException.ForField("replacementOfficerId", Identity.RecordScope.UnknownOfficer());
            Rule.Check(replacement.Status == OfficerStatus.Active && replacement.IsCertifiedOn(today) && (!leaving.Leader || replacement.IsLeaderEligible),
                RuleCodes.OfficerNotEligible);
            Rule.Check(!result.Groups.SelectMany(g => g.Officers).Any(o => o.OfficerId == replacement.Id), RuleCodes.OfficerAlreadyInDraw);
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [replacement.Id], [.. group.Targets.Select(t => t.Code)], ct);
            Rule.Check(conflicts.Count == 0, RuleCodes.ReplacementConflicted, [.. conflicts.Select(x => x.TargetCode)]);
        }
        else
        {
            Rule.Check(result.Unassigned.Any(t => t.Code == a.TargetCode), RuleCodes.TargetNotUnassigned);
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [.. group.Officers.Select(o => o.OfficerId)], [a.TargetCode!], ct);
            Rule.Check(conflicts.Count == 0, RuleCodes.GroupOfficerConflicted);
        }
    }
}
