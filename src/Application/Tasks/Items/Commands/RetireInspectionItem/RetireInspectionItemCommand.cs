using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.RetireInspectionItem;

public sealed record RetireInspectionItemCommand(Guid Id) : ICommand<InspectionItemDto>;
