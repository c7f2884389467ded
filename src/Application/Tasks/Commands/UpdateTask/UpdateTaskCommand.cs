using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.UpdateTask;

/// <summary>Changes a task; refused with 409 task-frozen once a draw has been prepared.</summary>
public sealed record UpdateTaskCommand(
    Guid Id, int? Year, string? Name, IReadOnlyList<Guid>? ItemIds, string? LeadDepartmentCode, TargetScopeInput? TargetScope,
    IReadOnlyList<Guid>? OfficerUnitIds, ExclusionRules? Exclusions, IReadOnlyList<StratumRule>? Strata, int? Groups,
    int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap, int? Version,
    RiskWeighting? RiskWeighting = null, int? UniformShareBp = null)
    : ICommand<TaskDto>, ITaskFields, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}
