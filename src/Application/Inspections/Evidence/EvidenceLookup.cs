using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>A piece of evidence the caller may read; one that does not exist and one they may not see answer the same 404.</summary>
public sealed class EvidenceLookup(IApplicationDbContext db, EvidenceAccess access)
{
    public async Task<InspectionEvidence> FindReadableAsync(Guid id, CancellationToken ct)
    {
        var evidence = await db.InspectionEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException(EvidenceTexts.Evidence, id);
        try
        {
            await access.EnsureReaderAsync(evidence.TaskId, evidence.TargetCode, ct);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException(EvidenceTexts.Evidence, id);
        }

        return evidence;
    }
}
