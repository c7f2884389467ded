using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;

/// <summary>Adds an item to the 抽查事项清单.</summary>
public sealed record CreateInspectionItemCommand(
    string? Name, string? DepartmentCode, string? LegalBasis, IReadOnlyList<string>? ChecklistPoints, string? RequiredExpertise,
    ItemPriority? Priority) : ICommand<InspectionItemDto>, IItemFields;
