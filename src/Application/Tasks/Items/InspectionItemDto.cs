using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Tasks.Items;

public sealed record InspectionItemDto(
    Guid Id, string Name, string DepartmentCode, string LegalBasis, IReadOnlyList<string> ChecklistPoints,
    string? RequiredExpertise, ItemPriority Priority, bool IsRetired, int Version);
