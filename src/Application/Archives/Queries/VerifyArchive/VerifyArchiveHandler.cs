using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Queries.VerifyArchive;

/// <summary>
/// Checks the files against the manifest (<see cref="ArchiveVerifier"/>), then ties the manifest to the one stored for
/// its task: a stored digest that differs is the first difference (<c>manifest.json</c>, <c>manifest-digest</c>), before
/// any file — an altered manifest line would otherwise name the untouched file. No stored archive in the caller's scope:
/// <c>unknown</c>, never valid (<c>manifest-unknown</c> when the files match).
/// </summary>
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

        var stored = await StoredDigestAsync(verdict.TaskId, cancellationToken);
        if (stored is null || verdict.ManifestSha256 is null)
        {
            return verdict with
            {
                Valid = false,
                StoredManifest = ArchiveVerification.Unknown,
                FirstDifference = verdict.FirstDifference ?? new ArchiveDifference(ArchiveManifest.FileName, ArchiveDifference.ManifestUnknown),
            };
        }

        return string.Equals(stored, verdict.ManifestSha256, StringComparison.OrdinalIgnoreCase)
            ? verdict with { Valid = verdict.FilesMatch, StoredManifest = ArchiveVerification.Matches }
            : verdict with
            {
                Valid = false,
                StoredManifest = ArchiveVerification.Differs,
                FirstDifference = new ArchiveDifference(ArchiveManifest.FileName, ArchiveDifference.ManifestDigest),
            };
    }

    /// <summary>The stored manifest digest of the task, when it is archived and in the caller's scope; else null.</summary>
    private async Task<string?> StoredDigestAsync(Guid? taskId, CancellationToken ct)
    {
        if (taskId is not { } id || (await tasks.VisibleTaskIdsAsync(ct) is { } visible && !visible.Contains(id)))
        {
            return null;
        }

        return await db.TaskArchives.AsNoTracking().Where(a => a.TaskId == id).Select(a => a.ManifestSha256).FirstOrDefaultAsync(ct);
    }
}
