using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RejectCorrection;

public sealed class RejectCorrectionHandler(IApplicationDbContext db, CorrectionDeciders deciders, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RejectCorrectionCommand, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(RejectCorrectionCommand command, CancellationToken cancellationToken)
    {
        var correction = await db.RecordCorrections.FirstAsync(c => c.Id == command.Id, cancellationToken);
        await deciders.EnsureAsync(correction, cancellationToken);
        correction.Reject(actor.Name, command.Note!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return correction.ToDto();
    }
}
