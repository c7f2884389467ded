using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws.Queries;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Commands.Attachments;

/// <summary>Keeps a file by its SHA-256; returns the hash and size of what was stored.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the content; a failed or cancelled upload leaves nothing behind.</summary>
    Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>The stored file with this hash, or null when it is missing.</summary>
    Stream? OpenRead(string sha256);

    /// <summary>Removes the stored file with this hash (no attachment refers to it).</summary>
    void Delete(string sha256);
}

/// <summary>The upload's type, judged from its first bytes, does not fit the kind of attachment (415).</summary>
public sealed class UnsupportedContentException(string message) : Exception(message)
{
    public UnsupportedContentException()
        : this("Unsupported content.")
    {
    }

    public UnsupportedContentException(string message, Exception inner)
        : this(message) => _ = inner;
}

/// <summary>
/// Attaches the signed draw record (PDF, JPEG, PNG) or a signing video (MP4) to a sealed draw: only a sealed draw has a
/// record to print and sign (a prepared draw has not been drawn, a failed one drew nothing); others get 409 draw-not-sealed.
/// </summary>
public sealed record UploadAttachmentCommand(Guid DrawId, AttachmentKind Kind, string FileName, Stream Content) : ICommand<AttachmentDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}

public sealed class UploadAttachmentHandler(IApplicationDbContext db, IAttachmentStore store, ICurrentActor actor)
    : ICommandHandler<UploadAttachmentCommand, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(UploadAttachmentCommand c, CancellationToken ct)
    {
        var fileName = Path.GetFileName(c.FileName);
        if (fileName.Length > DrawAttachment.FileNameMaxLength)
        {
            // Checked before the file is stored: a refused upload leaves nothing behind.
            throw RequestValidationException.ForField("file", Text.Of(
                $"文件名不能超过 {DrawAttachment.FileNameMaxLength} 个字符", $"The file name is longer than {DrawAttachment.FileNameMaxLength} characters."));
        }

        var draw = await db.GetDrawAsync(c.DrawId, ct);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForAttachment);
        var header = new byte[12];
        var read = await c.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var contentType = Sniff(header.AsSpan(0, read), c.Kind)
            ?? throw new UnsupportedContentException(c.Kind == AttachmentKind.SigningVideo
                ? Text.Of("签字视频须为 MP4 文件（按文件内容判断）", "A signing video must be an MP4 file (judged by its content).")
                : Text.Of("签字记录须为 PDF、JPEG 或 PNG 文件（按文件内容判断）", "A signed record must be a PDF, JPEG or PNG file (judged by its content)."));
        c.Content.Position = 0;
        var (sha, size) = await store.SaveAsync(c.Content, ct);
        var attachment = DrawAttachment.Create(draw.Id, c.Kind, fileName, contentType, size, sha, actor.Name);
        db.DrawAttachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Not recorded: the file goes too, unless another attachment holds the same content.
            if (!await db.DrawAttachments.AsNoTracking().AnyAsync(a => a.Sha256 == sha, CancellationToken.None))
            {
                store.Delete(sha);
            }

            throw;
        }

        return new AttachmentDto(attachment.Id, attachment.Kind, attachment.FileName, contentType, size, sha, actor.Name, attachment.CreatedAtUtc);
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

/// <summary>A stored attachment as it is sent back: its content and what the response says about it.</summary>
public sealed record AttachmentFile(Stream Content, string ContentType, string FileName, string Sha256, DateTime UploadedAtUtc);

/// <summary>
/// Downloads one attachment of a draw in the caller's unit scope (404 outside it); every download is recorded in the
/// audit trail as a read.
/// </summary>
public sealed record GetAttachmentQuery(Guid DrawId, Guid AttachmentId) : IQuery<AttachmentFile>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}

public sealed class GetAttachmentHandler(IApplicationDbContext db, IAttachmentStore store, IAuditLog audit)
    : IQueryHandler<GetAttachmentQuery, AttachmentFile>
{
    public async ValueTask<AttachmentFile> Handle(GetAttachmentQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.DrawId, ct);
        var attachment = await db.DrawAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == q.AttachmentId && a.DrawId == draw.Id, ct)
            ?? throw new NotFoundException(Text.Of("附件", "Attachment"), q.AttachmentId);
        var content = store.OpenRead(attachment.Sha256)
            ?? throw new NotFoundException(Text.Of("附件文件", "Attachment file"), attachment.Sha256);
        try
        {
            await audit.RecordReadAsync(nameof(DrawAttachment), attachment.Id.ToString(), "attachment downloaded", ct);
        }
        catch
        {
            // Not handed out: the open file goes with the failed request.
            await content.DisposeAsync();
            throw;
        }

        return new AttachmentFile(content, attachment.ContentType, attachment.FileName, attachment.Sha256, attachment.CreatedAtUtc);
    }
}
