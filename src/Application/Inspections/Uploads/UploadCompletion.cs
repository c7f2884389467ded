using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>
/// The last byte arrived: the file's SHA-256 must be the declared one and its bytes must be of the upload's kind, or
/// the upload is removed and nothing becomes evidence (400 naming <c>sha256</c> or <c>kind</c>). Otherwise the file
/// moves into the attachment store under its hash and the evidence row is written with the upload's completion.
/// </summary>
public sealed class UploadCompletion(
    IApplicationDbContext db, IUploadPartStore parts, IAttachmentStore store, UploadLookup lookup, EvidenceAccess access, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>
    /// Still an assigned group member of an open task? Checked before a PATCH reads any byte and again on completion.
    /// Refused (task closed: 409 <c>task-closed</c>; assignment lost: 404), the upload is removed with its bytes, so a
    /// HEAD never reports a full offset for an upload that did not become evidence.
    /// </summary>
    public async Task EnsureStillAllowedAsync(ResumableUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            await access.EnsureUploaderAsync(upload.TaskId, upload.TargetCode, ct);
        }
        catch
        {
            await lookup.RemoveAsync(upload);
            throw;
        }
    }

    public async Task CompleteAsync(ResumableUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var sha = await parts.Sha256Async(upload.Id, upload.Length, ct);
        if (!string.Equals(sha, upload.DeclaredSha256, StringComparison.Ordinal))
        {
            await lookup.RemoveAsync(upload);
            throw RequestValidationException.ForField("sha256", EvidenceTexts.HashMismatch);
        }

        string? contentType;
        await using (var content = parts.OpenRead(upload.Id))
        {
            contentType = await EvidenceSniffer.SniffAsync(content, upload.Kind, ct);
        }

        if (contentType is null)
        {
            await lookup.RemoveAsync(upload);
            throw RequestValidationException.ForField("kind", EvidenceTexts.KindMismatch(upload.Kind));
        }

        // Still assigned? A group changed by an amendment since the upload began no longer adds evidence here.
        await EnsureStillAllowedAsync(upload, ct);
        parts.Promote(upload.Id, sha);
        var evidence = InspectionEvidence.Create(upload.TaskId, upload.TargetCode, upload.Kind, new StoredEvidenceFile(upload.FileName, contentType, upload.Length, sha),
            actor.Name, clock.GetUtcNow().UtcDateTime, upload.Capture);
        upload.Completed(evidence.Id);
        await EvidenceStorage.AddAsync(db, store, evidence, CancellationToken.None);
    }
}
