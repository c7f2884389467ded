using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CreateTask;

/// <summary>Defines a task (§4.1, §5.2). Nothing is frozen until a draw is prepared.</summary>
public sealed record CreateTaskCommand(
    int? Year, string? Name, IReadOnlyList<Guid>? ItemIds, string? LeadDepartmentCode, TargetScopeInput? TargetScope,
    IReadOnlyList<Guid>? OfficerUnitIds, ExclusionRules? Exclusions, IReadOnlyList<StratumRule>? Strata, int? Groups,
    int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap,
    RiskWeighting? RiskWeighting = null, int? UniformShareBp = null)
    : ICommand<TaskDto>, ITaskFields;
