using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RejectCorrection;

/// <remarks>An archived task answers 409 task-archived before any other rule; two decisions racing meet the row version (stale-version).</remarks>
public sealed class RejectCorrectionHandler(
    IApplicationDbContext db, CorrectionDeciders deciders, ArchivedTaskGuard archived, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RejectCorrectionCommand, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(RejectCorrectionCommand command, CancellationToken cancellationToken)
    {
        var correction = await db.RecordCorrections.FirstAsync(c => c.Id == command.Id, cancellationToken);
        await archived.EnsureWritableAsync(correction.TaskId, cancellationToken);
        await deciders.EnsureAsync(correction, cancellationToken);
        correction.Reject(actor.Name, actor.UserId, command.Note!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return correction.ToDto();
    }
}
