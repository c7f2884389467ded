using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>An item of the task: what to check (checklist points) and on what legal basis.</summary>
public sealed record AssignmentItemDto(
    Guid Id, string Name, string DepartmentCode, string LegalBasis, IReadOnlyList<string> ChecklistPoints, ItemPriority Priority);
