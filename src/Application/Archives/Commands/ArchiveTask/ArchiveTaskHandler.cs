using System.Security.Cryptography;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Uploads;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Commands.ArchiveTask;

/// <summary>
/// Checks the task can be archived (closed, published, not yet archived, no follow-up open, no correction pending: 409
/// <c>archive-open-work</c>) and claims it (a concurrent archive call is 409 <c>already-archived</c> at once; the task's
/// writes are refused while the ZIP is built) before anything is built; builds the ZIP into a file in the
/// store's folder (streamed, see <see cref="ArchiveBuilder"/>), names it by its SHA-256 in the store, then in one save sets
/// the task archived, records the <see cref="TaskArchive"/> (audited with the manifest's SHA-256, in the hash chain) and
/// drops the task's unfinished resumable uploads. A failed save removes the ZIP again.
/// </summary>
public sealed class ArchiveTaskHandler(
    IApplicationDbContext db, ArchiveBuilder builder, IAttachmentStore store, IUploadPartStore parts, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ArchiveTaskCommand, TaskArchiveDto>
{
    public async ValueTask<TaskArchiveDto> Handle(ArchiveTaskCommand command, CancellationToken cancellationToken)
    {
        var found = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken)
            ?? throw new NotFoundException(RecordNames.InspectionTask, command.TaskId);
        var published = await db.TaskPublications.AnyAsync(p => p.TaskId == found.Id, cancellationToken);
        found.EnsureArchivable(published);

        // The archive holds the whole story: no follow-up still open, no correction still waiting.
        var openFollowUps = await db.FollowUps.CountAsync(f => f.TaskId == found.Id && f.Status != FollowUpStatus.Closed, cancellationToken);
        var pendingCorrections = await db.RecordCorrections.CountAsync(c => c.TaskId == found.Id && c.Status == CorrectionStatus.Pending, cancellationToken);
        Rule.Check(openFollowUps == 0 && pendingCorrections == 0, RuleCodes.ArchiveOpenWork, openFollowUps, pendingCorrections);

        // One archiver per task, before anything is built; while it builds, the task's writes are refused (ADR 0026).
        Rule.Check(ArchivedTaskGuard.TryClaim(found.Id, db), RuleCodes.TaskAlreadyArchived);
        try
        {
            return await ArchiveAsync(found, published, command, cancellationToken);
        }
        finally
        {
            ArchivedTaskGuard.Release(found.Id, db);
        }
    }

    private async Task<TaskArchiveDto> ArchiveAsync(
        InspectionTask found, bool published, ArchiveTaskCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        var path = store.TemporaryPath();
        BuiltArchive built;
        string sha;
        long size;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                built = await builder.BuildAsync(
                    new ArchiveContext(found.Id, found.Name, found.Year, found.CurrentDrawId, command.VerifyBaseUrl), now, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                size = file.Length;
                file.Position = 0;
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            }

            store.Adopt(path, sha);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var task = await db.InspectionTasks.FirstAsync(t => t.Id == command.TaskId, cancellationToken);
        task.Archive(actor.Name, now, published);
        var archive = TaskArchive.Create(task.Id, sha, size, built.ManifestSha256, built.EntryCount, ArchiveBuilder.Version, signed: false);
        db.TaskArchives.Add(archive);
        var unfinished = await db.ResumableUploads.Where(u => u.TaskId == task.Id && u.EvidenceId == null).ToListAsync(cancellationToken);
        db.ResumableUploads.RemoveRange(unfinished);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e)
        {
            if (!await StoredFileReferences.IsReferencedAsync(db, sha, CancellationToken.None))
            {
                store.Delete(sha);
            }

            // Two requests racing past the check: the second finds the first's archive (one per task).
            if (e is ConflictException { Code: "duplicate-key" or "stale-version" })
            {
                Rule.Check(false, RuleCodes.TaskAlreadyArchived);
            }

            throw;
        }

        foreach (var upload in unfinished)
        {
            parts.Delete(upload.Id);
        }

        return TaskArchiveDto.From(archive);
    }
}
