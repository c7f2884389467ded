using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Evidence;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.SignAcknowledgement;

public sealed class SignAcknowledgementHandler(
    IApplicationDbContext db, RecordAccess access, IAttachmentStore store, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SignAcknowledgementCommand, InspectionRecordDto>
{
    /// <summary>A signature on a phone screen is a few dozen kilobytes; anything near this is not a signature.</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    public async ValueTask<InspectionRecordDto> Handle(SignAcknowledgementCommand command, CancellationToken cancellationToken)
    {
        var record = await access.WritableAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, record.Version);
        var header = new byte[8];
        var read = await command.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = EvidenceSniffer.PngOrJpeg(header.AsSpan(0, read))
            ?? throw RequestValidationException.ForField("file", Text.Of(
                "签名须为 PNG 或 JPEG 图片（按文件内容判断）", "A signature must be a PNG or JPEG image (judged by its content)."));
        command.Content.Position = 0;
        var (sha, _) = await store.SaveAsync(command.Content, cancellationToken);
        record.Sign(sha, contentType, actor.Name, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Not recorded: the image goes too, unless something else holds the same content.
            if (!await StoredFileReferences.IsReferencedAsync(db, sha, CancellationToken.None))
            {
                store.Delete(sha);
            }

            throw;
        }

        return record.ToDto();
    }
}
