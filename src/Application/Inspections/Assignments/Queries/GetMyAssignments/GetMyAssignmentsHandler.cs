using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Assignments.Queries.GetMyAssignments;

/// <summary>
/// Open tasks only: a closed task's work is done and its draw public; its records stay readable through the records list.
/// Nothing before a draw is sealed and nothing of a group the caller is not in (<see cref="AssignedTargets"/>).
/// </summary>
public sealed class GetMyAssignmentsHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetMyAssignmentsQuery, AssignmentsDto>
{
    public async ValueTask<AssignmentsDto> Handle(GetMyAssignmentsQuery query, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } user)
        {
            return new AssignmentsDto([]);
        }

        var groups = (await AssignedTargets.AllAsync(db, user, cancellationToken)).Where(g => !g.TaskClosed).ToList();
        if (groups.Count == 0)
        {
            return new AssignmentsDto([]);
        }

        var taskIds = groups.Select(g => g.TaskId).Distinct().ToList();
        var settings = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Settings }).ToDictionaryAsync(t => t.Id, t => t.Settings.ItemIds, cancellationToken);
        var itemIds = settings.Values.SelectMany(i => i).Distinct().ToList();
        var items = await db.InspectionItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var codes = groups.SelectMany(g => g.Targets.Select(t => t.Code)).Distinct().ToList();
        var contacts = await db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code))
            .Select(t => new { t.Code, t.LegalRepresentative, t.Address }).ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        var records = await db.InspectionRecords.AsNoTracking().Where(r => taskIds.Contains(r.TaskId) && codes.Contains(r.TargetCode))
            .Select(r => new { r.TaskId, r.TargetCode, r.Id, r.Version, r.AcknowledgementKind }).ToListAsync(cancellationToken);
        var recordOf = records.ToDictionary(r => (r.TaskId, r.TargetCode));

        return new AssignmentsDto([.. groups.GroupBy(g => g.TaskId).Select(task =>
        {
            var first = task.First();
            return new AssignmentTaskDto(
                first.TaskId, first.TaskName, first.TaskYear, first.DrawId,
                [.. settings[first.TaskId].Where(items.ContainsKey).Select(id => items[id]).Select(i =>
                    new AssignmentItemDto(i.Id, i.Name, i.DepartmentCode, i.LegalBasis, i.ChecklistPoints, i.Priority))],
                [.. task.Select(g => new AssignmentGroupDto(
                    g.GroupNumber, g.IsLeader,
                    [.. g.Officers.Select(o => new AssignmentMemberDto(o.Name, o.Leader, o.OfficerId == g.OfficerId))],
                    [.. g.Targets.Select(t =>
                    {
                        var roster = contacts.GetValueOrDefault(t.Code);
                        var record = recordOf.GetValueOrDefault((g.TaskId, t.Code));
                        return new AssignmentTargetDto(
                            t.Code, t.Name, t.Address ?? roster?.Address, roster?.LegalRepresentative, record?.Id, record?.Version,
                            record is not null && record.AcknowledgementKind != AcknowledgementKind.None);
                    })]))]);
        })]);
    }
}
