using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Queries.VerifyArchive;

public sealed class VerifyArchiveHandler(IApplicationDbContext db, TaskVisibility tasks, ArchiveLimits limits)
    : IQueryHandler<VerifyArchiveQuery, ArchiveVerification>
{
    public async ValueTask<ArchiveVerification> Handle(VerifyArchiveQuery query, CancellationToken cancellationToken)
    {
        ArchiveVerification verdict;
        try
        {
            verdict = await ArchiveVerifier.VerifyAsync(query.Content, limits, cancellationToken);
        }
        catch (ArchiveFormatException e)
        {
            throw RequestValidationException.ForField("file", e.Message);
        }

        if (!verdict.Valid || verdict.TaskId is not { } taskId
            || (await tasks.VisibleTaskIdsAsync(cancellationToken) is { } visible && !visible.Contains(taskId)))
        {
            return verdict;
        }

        var stored = await db.TaskArchives.AsNoTracking().Where(a => a.TaskId == taskId).Select(a => a.ManifestSha256).FirstOrDefaultAsync(cancellationToken);
        return stored is null || string.Equals(stored, verdict.ManifestSha256, StringComparison.Ordinal)
            ? verdict
            : verdict with { Valid = false, FirstDifference = new ArchiveDifference(ArchiveManifest.FileName, ArchiveDifference.ManifestDigest) };
    }
}
