using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.RefuseAcknowledgement;

public sealed class RefuseAcknowledgementHandler(IApplicationDbContext db, RecordAccess access, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RefuseAcknowledgementCommand, InspectionRecordDto>
{
    public async ValueTask<InspectionRecordDto> Handle(RefuseAcknowledgementCommand command, CancellationToken cancellationToken)
    {
        var record = await access.WritableAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, record.Version);
        var witnesses = command.Witnesses!.Select(w => new Witness(w.Name!.Trim(), w.Identity!.Trim(), string.IsNullOrWhiteSpace(w.Phone) ? null : w.Phone.Trim())).ToList();
        record.Refuse(command.Reason!.Trim(), witnesses, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return record.ToDto();
    }
}
