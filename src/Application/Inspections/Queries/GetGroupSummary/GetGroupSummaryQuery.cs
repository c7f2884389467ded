using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Queries.GetGroupSummary;

/// <summary>The summary table (汇总表) of one group of a task, with its content hash and the signatures on it.</summary>
[Unscoped("SummaryAccess decides: the group's members by AssignedTargets, overseeing roles by TaskVisibility; others 404")]
public sealed record GetGroupSummaryQuery(Guid TaskId, int GroupNumber) : IQuery<GroupSummaryDto>;
