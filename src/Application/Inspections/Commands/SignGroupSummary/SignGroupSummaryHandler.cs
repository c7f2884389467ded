using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Commands.SignGroupSummary;

/// <summary>
/// Only a member of the effective group signs (others: 404), only once every target has a record (409
/// summary-incomplete), only the content as it is now (409 summary-changed), once per content (409
/// summary-already-signed), and the leader last (409 summary-members-first). The row is audited like every row.
/// </summary>
public sealed class SignGroupSummaryHandler(IApplicationDbContext db, SummaryAccess access, ICurrentActor actor, TimeProvider clock, ArchivedTaskGuard archived)
    : ICommandHandler<SignGroupSummaryCommand, GroupSummaryDto>
{
    public async ValueTask<GroupSummaryDto> Handle(SignGroupSummaryCommand command, CancellationToken cancellationToken)
    {
        var membership = await access.MembershipAsync(command.TaskId, command.GroupNumber, cancellationToken);
        await archived.EnsureWritableAsync(command.TaskId, cancellationToken);
        var summary = await GroupSummaries.LoadAsync(db, command.TaskId, command.GroupNumber, cancellationToken);
        Rule.Check(summary.Uninspected == 0, RuleCodes.SummaryIncomplete, summary.Uninspected);
        var current = await db.SummarySignatures.AsNoTracking()
            .Where(s => s.TaskId == command.TaskId && s.GroupNumber == command.GroupNumber && s.ContentSha256 == summary.ContentSha256)
            .ToListAsync(cancellationToken);
        var officer = membership.Officers.Single(o => o.OfficerId == membership.OfficerId);
        db.SummarySignatures.Add(SummarySignature.Sign(
            command.TaskId, command.GroupNumber, officer.OfficerId, officer.Name, actor.UserId!.Value, command.ContentSha256!.ToLowerInvariant(),
            summary.ContentSha256, [.. summary.Members.Select(m => m.OfficerId)], current, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            // The same member's second request, racing the first one past the check above.
            Rule.Check(false, RuleCodes.SummaryAlreadySigned);
        }

        return await GroupSummaries.LoadAsync(db, command.TaskId, command.GroupNumber, cancellationToken);
    }
}
