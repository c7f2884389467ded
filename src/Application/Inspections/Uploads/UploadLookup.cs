using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>
/// The caller's own upload: another user's, an unknown id and an expired upload all answer 404 (an expired one is
/// removed on the way, with its partial file). Expired uploads of anyone are also swept when a new upload is created.
/// </summary>
public sealed class UploadLookup(IApplicationDbContext db, IUploadPartStore parts, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>How many expired uploads one sweep removes at most (the rest go with the next).</summary>
    public const int SweepBatch = 50;

    public async Task<ResumableUpload> FindOwnAsync(Guid id, CancellationToken ct)
    {
        var upload = await db.ResumableUploads.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (upload is null || upload.UploaderId != actor.UserId)
        {
            throw new NotFoundException(EvidenceTexts.Upload, id);
        }

        if (upload.IsExpired(clock.GetUtcNow().UtcDateTime))
        {
            await RemoveAsync(upload);
            throw new NotFoundException(EvidenceTexts.Upload, id);
        }

        return upload;
    }

    /// <summary>Removes the upload's row and partial file (committed even when the request goes on to fail).</summary>
    public async Task RemoveAsync(ResumableUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        db.ResumableUploads.Remove(upload);
        await db.SaveChangesAsync(CancellationToken.None);
        parts.Delete(upload.Id);
    }

    /// <summary>Removes unfinished uploads whose expiry has passed.</summary>
    public async Task SweepExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.ResumableUploads.Where(u => u.EvidenceId == null && u.ExpiresAtUtc <= now).OrderBy(u => u.ExpiresAtUtc).Take(SweepBatch).ToListAsync(ct);
        if (expired.Count == 0)
        {
            return;
        }

        db.ResumableUploads.RemoveRange(expired);
        await db.SaveChangesAsync(ct);
        foreach (var upload in expired)
        {
            parts.Delete(upload.Id);
        }
    }

    public static UploadDto ToDto(ResumableUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new(upload.Id, upload.Length, upload.Offset, upload.ExpiresAtUtc, upload.EvidenceId);
    }
}
