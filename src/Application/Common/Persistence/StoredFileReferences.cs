using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Persistence;

/// <summary>
/// The attachment store keeps one file per SHA-256, shared by every row that holds the same content: draw attachments,
/// inspection evidence, acknowledgement signatures and task archives. A file whose row failed to save is deleted only when none of
/// them holds its hash (as saved in the database).
/// </summary>
public static class StoredFileReferences
{
    public static async Task<bool> IsReferencedAsync(IApplicationDbContext db, string sha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.DrawAttachments.AsNoTracking().AnyAsync(a => a.Sha256 == sha256, ct)
            || await db.InspectionEvidence.AsNoTracking().AnyAsync(e => e.Sha256 == sha256, ct)
            || await db.InspectionRecords.AsNoTracking().AnyAsync(r => r.SignatureSha256 == sha256, ct)
            || await db.TaskArchives.AsNoTracking().AnyAsync(a => a.Sha256 == sha256, ct);
    }

}
