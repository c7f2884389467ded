using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.UpdateInspectionItem;

/// <summary>Changes an item; send the version you read.</summary>
public sealed record UpdateInspectionItemCommand(
    Guid Id, string? Name, string? DepartmentCode, string? LegalBasis, IReadOnlyList<string>? ChecklistPoints, string? RequiredExpertise,
    ItemPriority? Priority, int? Version) : ICommand<InspectionItemDto>, IItemFields;
