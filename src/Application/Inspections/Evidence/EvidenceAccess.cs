using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>
/// Who may touch the evidence of a (task, target): the members of the group the target is assigned to upload and read
/// it; operators, leaders, supervisors, administrators and analysts whose unit scope sees the task read it. Anyone else is
/// answered as if the target had no evidence place at all: 404, the same as a task or target that does not exist.
/// </summary>
public sealed class EvidenceAccess(IApplicationDbContext db, ICurrentActor actor, TaskVisibility tasks, ArchivedTaskGuard archived)
{
    private static readonly string[] ScopedReaders = [Roles.Operator, Roles.Leader, Roles.Supervisor, Roles.Administrator, Roles.Analyst];

    /// <summary>Only an assigned group member adds evidence, and only while the task is open (and not archived: 409 <c>task-archived</c>).</summary>
    public async Task EnsureUploaderAsync(Guid taskId, string targetCode, CancellationToken ct)
    {
        var assignment = await FindAsync(taskId, targetCode, ct) ?? throw NotFound(taskId, targetCode);
        await archived.EnsureWritableAsync(taskId, ct);
        Rule.Check(!assignment.Group.TaskClosed, RuleCodes.EvidenceTaskClosed);
    }

    public async Task EnsureReaderAsync(Guid taskId, string targetCode, CancellationToken ct)
    {
        if (await FindAsync(taskId, targetCode, ct) is not null)
        {
            return;
        }

        if (actor.Roles.Any(ScopedReaders.Contains) && await tasks.VisibleTaskIdsAsync(ct) is var visible && (visible is null || visible.Contains(taskId)))
        {
            return;
        }

        throw NotFound(taskId, targetCode);
    }

    private async Task<TargetAssignment?> FindAsync(Guid taskId, string targetCode, CancellationToken ct) =>
        actor.UserId is { } userId ? await AssignedTargets.FindAsync(db, userId, taskId, targetCode, ct) : null;

    public static NotFoundException NotFound(Guid taskId, string targetCode) =>
        new(EvidenceTexts.Assignment, $"{taskId}/{targetCode}");
}
