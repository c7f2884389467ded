using System.Linq.Expressions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing;

/// <summary>
/// Which audit entries a reader may see, and the record of reading unrevealed draw contents through the trail
/// (docs/audit.md, "Who reads what"). The bureau-wide roles (and work outside a request) see every entry. Anyone else
/// sees an entry when the unit its actor acted for is in their unit scope (<see cref="UnitScope"/>) and, for an entry
/// about a task or a draw (the task, the draw, its snapshots, drawn rows, amendments and attachments), when that task or
/// draw is visible to them (<see cref="TaskVisibility"/>): the trail shows no more than the records themselves do.
/// Drawn rows that name no draw (an officer's inspection history) are shown to the bureau-wide roles only.
/// </summary>
public sealed class AuditReadScope(IApplicationDbContext db, UnitScope units, TaskVisibility tasks, IAuditLog audit, IAuditChainLinker linker)
{
    /// <summary>The reason of the <c>read</c> entry left when entries revealing an unrevealed draw's result were read.</summary>
    public const string UnrevealedReadReason = "audit trail read before reveal";

    /// <summary>A draw's result lines, when a payload holds them (canonical JSON: no white space, a string value).</summary>
    private const string ResultLinesMember = "\"resultLines\":\"";

    // The keys of drawn rows as the trail writes them (AuditCapture: the key as text, composite parts joined by '/').
    // EF translates ToString() to a cast to text in SQL: no culture is involved.
#pragma warning disable CA1305
    private static readonly Expression<Func<DrawSelection, string>> SelectionKey = s => s.Id.ToString();
    private static readonly Expression<Func<DrawGroupMember, string>> MemberKey = m => m.Id.ToString();
    private static readonly Expression<Func<DrawnTargetByYear, string>> ClaimKey = c => c.Year.ToString() + "/" + c.TargetCode;
#pragma warning restore CA1305

    private static readonly string[] DrawEntityTypes =
    [
        nameof(InspectionTask), nameof(Draw), nameof(DrawSnapshot), nameof(DrawGroupMember), nameof(DrawSelection),
        nameof(DrawnTargetByYear), nameof(DrawAmendment), nameof(DrawAttachment), nameof(InspectionHistoryEntry),
    ];

    /// <summary>
    /// Where every read of the trail starts: links the entries committed so far, then gives those matching
    /// <paramref name="filter"/> that the current actor may see.
    /// </summary>
    public async Task<IQueryable<AuditEntry>> LinkedEntriesAsync(AuditFilter filter, CancellationToken ct)
    {
        await linker.LinkCommittedAsync(ct);
        return await ApplyAsync(filter.Apply(db.AuditEntries), ct);
    }

    /// <summary>The entries of <paramref name="entries"/> the current actor may see.</summary>
    private async Task<IQueryable<AuditEntry>> ApplyAsync(IQueryable<AuditEntry> entries, CancellationToken ct)
    {
        if (await units.VisibleUnitIdsAsync(ct) is not { } visibleUnits)
        {
            return entries;
        }

        var unitIds = visibleUnits.ToList();
        entries = entries.Where(e => e.UnitId != null && unitIds.Contains(e.UnitId.Value));

        // A bureau-wide actor (an administrator or analyst who belongs to a unit) acts on records of every unit: the unit
        // they belong to says nothing about the record's. Their entries outside tasks and draws are for bureau-wide readers.
        var drawTypesForActors = DrawEntityTypes;
        foreach (var role in Roles.BureauWide)
        {
            var token = $"\"{role}\"";
            entries = entries.Where(e => drawTypesForActors.Contains(e.EntityType) || !e.ActorRoles.Contains(token));
        }

        var taskIds = (await tasks.VisibleTaskIdsAsync(ct))?.ToList() ?? [];
        var drawIds = await db.Draws.AsNoTracking().Where(d => taskIds.Contains(d.TaskId)).Select(d => d.Id).ToListAsync(ct);
        var taskKeys = Keys(taskIds);
        var drawKeys = Keys(drawIds);
        var snapshotKeys = drawIds.SelectMany(id => Enum.GetValues<SnapshotKind>().Select(kind => $"{id:D}/{kind}")).ToList();
        var amendmentKeys = Keys(await db.DrawAmendments.AsNoTracking().Where(a => drawIds.Contains(a.DrawId)).Select(a => a.Id).ToListAsync(ct));
        var attachmentKeys = Keys(await db.DrawAttachments.AsNoTracking().Where(a => drawIds.Contains(a.DrawId)).Select(a => a.Id).ToListAsync(ct));

        // Drawn rows are many (recorded one by one on SQLite only; PostgreSQL copies them in bulk): matched in SQL.
        var selectionKeys = db.DrawSelections.Where(s => drawIds.Contains(s.DrawId)).Select(SelectionKey);
        var memberKeys = db.DrawGroupMembers.Where(m => drawIds.Contains(m.DrawId)).Select(MemberKey);
        var claimKeys = db.DrawnTargetsByYear.Where(c => drawIds.Contains(c.DrawId)).Select(ClaimKey);

        var drawTypes = DrawEntityTypes;
        return entries.Where(e =>
            !drawTypes.Contains(e.EntityType)
            || (e.EntityType == nameof(InspectionTask) && taskKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(Draw) && drawKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawSnapshot) && snapshotKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawAmendment) && amendmentKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawAttachment) && attachmentKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawSelection) && selectionKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawGroupMember) && memberKeys.Contains(e.EntityId))
            || (e.EntityType == nameof(DrawnTargetByYear) && claimKeys.Contains(e.EntityId)));
    }

    /// <summary>As below, for a page already read.</summary>
    public Task RecordUnrevealedReadsAsync(IEnumerable<AuditEntry> page, CancellationToken ct)
    {
        var sequences = page.Select(e => e.Sequence).ToList();
        return sequences.Count == 0 ? Task.CompletedTask : RecordUnrevealedReadsAsync(db.AuditEntries.Where(e => sequences.Contains(e.Sequence)), ct);
    }

    /// <summary>
    /// Leaves a <c>read</c> entry for every draw not yet revealed whose result <paramref name="shown"/> reveals (a draw
    /// entry with its result lines, its drawn rows, its amendments), as reading the result itself does (§6.2.3).
    /// </summary>
    public async Task RecordUnrevealedReadsAsync(IQueryable<AuditEntry> shown, CancellationToken ct)
    {
        var unrevealed = await db.Draws.AsNoTracking().Where(d => d.RevealedAtUtc == null).Select(d => d.Id).ToListAsync(ct);
        if (unrevealed.Count == 0)
        {
            return;
        }

        var drawKeys = Keys(unrevealed);
        var read = new SortedSet<string>(StringComparer.Ordinal);
        read.UnionWith(await shown
            .Where(e => e.EntityType == nameof(Draw) && drawKeys.Contains(e.EntityId)
                && ((e.After != null && e.After.Contains(ResultLinesMember)) || (e.Before != null && e.Before.Contains(ResultLinesMember))))
            .Select(e => e.EntityId).Distinct().ToListAsync(ct));

        var amendments = await db.DrawAmendments.AsNoTracking().Where(a => unrevealed.Contains(a.DrawId))
            .Select(a => new { a.Id, a.DrawId }).ToListAsync(ct);
        var amendmentDraws = amendments.ToDictionary(a => a.Id.ToString("D"), a => a.DrawId.ToString("D"), StringComparer.Ordinal);
        var amendmentKeys = amendmentDraws.Keys.ToList();
        read.UnionWith((await shown.Where(e => e.EntityType == nameof(DrawAmendment) && amendmentKeys.Contains(e.EntityId))
            .Select(e => e.EntityId).Distinct().ToListAsync(ct)).Select(id => amendmentDraws[id]));

        read.UnionWith(Keys(await shown.Where(e => e.EntityType == nameof(DrawSelection))
            .Join(db.DrawSelections.Where(s => unrevealed.Contains(s.DrawId)), e => e.EntityId, SelectionKey, (e, s) => s.DrawId)
            .Distinct().ToListAsync(ct)));
        read.UnionWith(Keys(await shown.Where(e => e.EntityType == nameof(DrawGroupMember))
            .Join(db.DrawGroupMembers.Where(m => unrevealed.Contains(m.DrawId)), e => e.EntityId, MemberKey, (e, m) => m.DrawId)
            .Distinct().ToListAsync(ct)));
        read.UnionWith(Keys(await shown.Where(e => e.EntityType == nameof(DrawnTargetByYear))
            .Join(db.DrawnTargetsByYear.Where(c => unrevealed.Contains(c.DrawId)), e => e.EntityId, ClaimKey, (e, c) => c.DrawId)
            .Distinct().ToListAsync(ct)));

        foreach (var drawId in read)
        {
            await audit.RecordReadAsync(nameof(Draw), drawId, UnrevealedReadReason, ct);
        }
    }

    /// <summary>Ids as the trail writes them: lower-case UUIDs with hyphens.</summary>
    private static List<string> Keys(IEnumerable<Guid> ids) => [.. ids.Select(id => id.ToString("D"))];
}
