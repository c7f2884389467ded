using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>Records a stored file as evidence; when the row cannot be saved the file goes too, unless something else holds the same content.</summary>
public static class EvidenceStorage
{
    public static async Task AddAsync(IApplicationDbContext db, IAttachmentStore store, InspectionEvidence evidence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(evidence);
        db.InspectionEvidence.Add(evidence);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            var sha = evidence.Sha256;
            if (!await StoredFileReferences.IsReferencedAsync(db, sha, CancellationToken.None))
            {
                store.Delete(sha);
            }

            throw;
        }
    }
}
