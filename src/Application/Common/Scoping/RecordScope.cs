using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// The one check of data scoping by id (see <see cref="IScopedToTask"/> and the other markers): every record a message
/// declares must lie in the caller's scope — a task or draw by <see cref="TaskVisibility"/>, a correction like its record
/// (<see cref="IRecordReaders"/>), a follow-up by its task or its supervising unit, an officer or a recusal by
/// the officer's unit, an import job by its uploader's unit — or the message is answered as if the record did not
/// exist: 404 naming it, and nothing runs. A record that does not exist gets the same answer, so the two cannot be told
/// apart. Run by <c>ScopeBehaviour</c> for every message, so a new command is scoped by declaring what it touches.
/// </summary>
public sealed class RecordScope(IApplicationDbContext db, UnitScope units, TaskVisibility tasks, ICurrentActor actor, IRecordReaders readers)
{
    /// <summary>The same check for another user (a supervisor confirming for the signed-in operator).</summary>
    public RecordScope For(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var other = new UserActor(user.UserName, user.Id, user.Roles, user.UnitId);
        var scope = new UnitScope(db, other);
        return new RecordScope(db, scope, new TaskVisibility(db, scope, other), other, readers);
    }

    /// <summary>Throws 404 (or, for an officer named in the body, the unknown-officer field error) unless every declared record is in scope.</summary>
    public async Task EnsureAsync(object message, CancellationToken ct)
    {
        if (message is IScopedToTask { ScopedTaskId: { } task })
        {
            await EnsureTaskAsync(task, ct);
        }

        if (message is IScopedToDraw { ScopedDrawId: { } draw })
        {
            await EnsureDrawAsync(draw, ct);
        }

        if (message is IScopedToOfficer { ScopedOfficerId: { } officer } named)
        {
            await EnsureOfficerAsync(officer, named.ScopedOfficerField, ct);
        }

        if (message is IScopedToRecusal { ScopedRecusalId: { } recusal })
        {
            await EnsureRecusalAsync(recusal, ct);
        }

        if (message is IScopedToImportJob { ScopedImportJobId: { } job })
        {
            await EnsureImportJobAsync(job, ct);
        }

        if (message is IScopedToFollowUp { ScopedFollowUpId: { } followUp })
        {
            await EnsureFollowUpAsync(followUp, ct);
        }

        if (message is IScopedToCorrection { ScopedCorrectionId: { } correction })
        {
            await EnsureCorrectionAsync(correction, ct);
        }
    }

    /// <summary>A correction (§7.2) is seen exactly like its record (<see cref="IRecordReaders"/>): overseers by task, inspectors by group.</summary>
    private async Task EnsureCorrectionAsync(Guid id, CancellationToken ct)
    {
        var owner = await db.RecordCorrections.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.TaskId, c.GroupNumber }).FirstOrDefaultAsync(ct);
        if (owner is null || !await readers.ReadsAsync(actor, tasks, owner.TaskId, owner.GroupNumber, ct))
        {
            throw new NotFoundException(RecordNames.Correction, id);
        }
    }

    private async Task EnsureTaskAsync(Guid id, CancellationToken ct)
    {
        if (!await db.InspectionTasks.AsNoTracking().AnyAsync(t => t.Id == id, ct) || !await SeesTaskAsync(id, ct))
        {
            throw new NotFoundException(RecordNames.InspectionTask, id);
        }
    }

    private async Task EnsureDrawAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Draws.AsNoTracking().Where(d => d.Id == id).Select(d => (Guid?)d.TaskId).FirstOrDefaultAsync(ct);
        if (task is null || !await SeesTaskAsync(task.Value, ct))
        {
            throw new NotFoundException(RecordNames.Draw, id);
        }
    }

    private async Task EnsureOfficerAsync(Guid id, string? field, CancellationToken ct)
    {
        var unit = await db.Officers.AsNoTracking().Where(o => o.Id == id).Select(o => (Guid?)o.UnitId).FirstOrDefaultAsync(ct);
        if (unit is null && field is not null)
        {
            return; // Named in the body: the validator answers an unknown officer, with the same field error as below.
        }

        if (unit is null || !await units.CanSeeAsync(unit, ct))
        {
            throw field is null
                ? new NotFoundException(RecordNames.Officer, id)
                : RequestValidationException.ForField(field, UnknownOfficer());
        }
    }

    private async Task EnsureRecusalAsync(Guid id, CancellationToken ct)
    {
        // A recusal belongs to an officer (a foreign key): no officer row, no recusal.
        var unit = await db.Recusals.AsNoTracking().Where(r => r.Id == id)
            .Join(db.Officers, r => r.OfficerId, o => o.Id, (r, o) => (Guid?)o.UnitId).FirstOrDefaultAsync(ct);
        if (unit is null || !await units.CanSeeAsync(unit, ct))
        {
            throw new NotFoundException(RecordNames.Recusal, id);
        }
    }

    private async Task EnsureImportJobAsync(Guid id, CancellationToken ct)
    {
        var uploader = await db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => j.CreatedBy).FirstOrDefaultAsync(ct);
        if (uploader is null || !await SeesUploaderAsync(uploader, ct))
        {
            throw new NotFoundException(RecordNames.ImportJob, id);
        }
    }

    /// <summary>A follow-up is seen through its task, or through its supervising unit (the unit that deals with it).</summary>
    private async Task EnsureFollowUpAsync(Guid id, CancellationToken ct)
    {
        var followUp = await db.FollowUps.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.TaskId, f.SupervisingUnitId }).FirstOrDefaultAsync(ct);
        if (followUp is null || !(await SeesTaskAsync(followUp.TaskId, ct) || await units.CanSeeAsync(followUp.SupervisingUnitId, ct)))
        {
            throw new NotFoundException(RecordNames.FollowUp, id);
        }
    }

    private async Task<bool> SeesTaskAsync(Guid task, CancellationToken ct) =>
        await tasks.VisibleTaskIdsAsync(ct) is not { } visible || visible.Contains(task);

    /// <summary>An import job is the uploader's: they see it, and so does everyone whose scope holds the uploader's unit.</summary>
    private async Task<bool> SeesUploaderAsync(string uploader, CancellationToken ct)
    {
        if (await units.VisibleUnitIdsAsync(ct) is null || string.Equals(uploader, actor.Name, StringComparison.Ordinal))
        {
            return true;
        }

        var unit = await db.Users.AsNoTracking().Where(u => u.UserName == uploader).Select(u => u.UnitId).FirstOrDefaultAsync(ct);
        return unit is not null && await units.CanSeeAsync(unit, ct);
    }

    /// <summary>What the recusal validator says of an unknown officer: an officer outside the scope reads the same.</summary>
    public static string UnknownOfficer() => Text.Of("执法检查人员不存在", "The officer does not exist.");

    private sealed record UserActor(string Name, Guid? UserId, IReadOnlyCollection<string> Roles, Guid? UnitId) : ICurrentActor
    {
        public string? RequestId => null;

        public string? ClientAddress => null;
    }
}
