using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Commands.UploadEvidence;

public sealed class UploadEvidenceHandler(
    IApplicationDbContext db, IAttachmentStore store, EvidenceAccess access, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UploadEvidenceCommand, EvidenceDto>
{
    public async ValueTask<EvidenceDto> Handle(UploadEvidenceCommand command, CancellationToken cancellationToken)
    {
        // Everything is checked before the file is stored: a refused upload leaves nothing behind.
        var fileName = EvidenceFileName.Sanitise(command.FileName, "file");
        await access.EnsureUploaderAsync(command.TaskId, command.TargetCode, cancellationToken);
        var contentType = await EvidenceSniffer.SniffAsync(command.Content, command.Kind, cancellationToken)
            ?? throw RequestValidationException.ForField("kind", EvidenceTexts.KindMismatch(command.Kind));
        var (sha, size) = await store.SaveAsync(command.Content, cancellationToken);
        var evidence = InspectionEvidence.Create(command.TaskId, command.TargetCode, command.Kind, new StoredEvidenceFile(fileName, contentType, size, sha),
            actor.Name, clock.GetUtcNow().UtcDateTime, new EvidenceCapture(command.CapturedAtUtc, command.Latitude, command.Longitude));
        await EvidenceStorage.AddAsync(db, store, evidence, cancellationToken);
        return EvidenceDto.From(evidence);
    }
}
