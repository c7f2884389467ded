using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.UploadAttachment;

public sealed class UploadAttachmentHandler(IApplicationDbContext db, IAttachmentStore store, ICurrentActor actor, ArchivedTaskGuard archived)
    : ICommandHandler<UploadAttachmentCommand, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(UploadAttachmentCommand command, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(command.FileName);
        if (fileName.Length > DrawAttachment.FileNameMaxLength)
        {
            // Checked before the file is stored: a refused upload leaves nothing behind.
            throw RequestValidationException.ForField("file", Text.Of(
                $"文件名不能超过 {DrawAttachment.FileNameMaxLength} 个字符", $"The file name is longer than {DrawAttachment.FileNameMaxLength} characters."));
        }

        var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
        await archived.EnsureWritableAsync(draw.TaskId, cancellationToken);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForAttachment);
        var header = new byte[12];
        var read = await command.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = Sniff(header.AsSpan(0, read), command.Kind)
            ?? throw new UnsupportedContentException(command.Kind == AttachmentKind.SigningVideo
                ? Text.Of("签字视频须为 MP4 文件（按文件内容判断）", "A signing video must be an MP4 file (judged by its content).")
                : Text.Of("签字记录须为 PDF、JPEG 或 PNG 文件（按文件内容判断）", "A signed record must be a PDF, JPEG or PNG file (judged by its content)."));
        command.Content.Position = 0;
        var (sha, size) = await store.SaveAsync(command.Content, cancellationToken);
        var attachment = DrawAttachment.Create(draw.Id, command.Kind, fileName, contentType, size, sha, actor.Name);
        db.DrawAttachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Not recorded: the file goes too, unless a saved attachment, evidence or signature holds the same content.
            if (!await StoredFileReferences.IsReferencedAsync(db, sha, CancellationToken.None))
            {
                store.Delete(sha);
            }

            throw;
        }

        return attachment.ToDto();
    }

    /// <summary>Magic bytes, never the name or the declared type: an executable renamed .pdf is refused.</summary>
    public static string? Sniff(ReadOnlySpan<byte> h, AttachmentKind kind) => kind switch
    {
        AttachmentKind.SigningVideo when h.Length >= 8 && h[4..8].SequenceEqual("ftyp"u8) => "video/mp4",
        AttachmentKind.SignedRecord when h.StartsWith("%PDF-"u8) => "application/pdf",
        AttachmentKind.SignedRecord when h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "image/jpeg",
        AttachmentKind.SignedRecord when h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) => "image/png",
        _ => null,
    };
}
