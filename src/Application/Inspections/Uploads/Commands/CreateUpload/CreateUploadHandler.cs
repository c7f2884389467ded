using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.CreateUpload;

public sealed class CreateUploadHandler(
    IApplicationDbContext db, IUploadPartStore parts, EvidenceAccess access, UploadLookup lookup, ICurrentActor actor, TimeProvider clock, EvidenceLimits limits)
    : ICommandHandler<CreateUploadCommand, UploadDto>
{
    public async ValueTask<UploadDto> Handle(CreateUploadCommand command, CancellationToken cancellationToken)
    {
        var fileName = EvidenceFileName.Sanitise(command.FileName, "filename");
        await access.EnsureUploaderAsync(command.TaskId, command.TargetCode, cancellationToken);
        await lookup.SweepExpiredAsync(cancellationToken);
        var upload = ResumableUpload.Start(actor.UserId!.Value, command.TaskId, command.TargetCode, command.Kind, fileName,
            command.Sha256.ToLowerInvariant(), command.Length, clock.GetUtcNow().UtcDateTime.AddHours(limits.UploadExpiryHours),
            new EvidenceCapture(command.CapturedAtUtc, command.Latitude, command.Longitude));
        parts.Create(upload.Id);
        db.ResumableUploads.Add(upload);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            parts.Delete(upload.Id);
            throw;
        }

        return UploadLookup.ToDto(upload);
    }
}
