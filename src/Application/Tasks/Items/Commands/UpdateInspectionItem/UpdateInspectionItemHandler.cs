using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.UpdateInspectionItem;

public sealed class UpdateInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(UpdateInspectionItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.GetItemAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, item.Version);
        item.Update(command.Name!, command.DepartmentCode!, command.LegalBasis!, command.ChecklistPoints!, command.RequiredExpertise, command.Priority!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return item.ToDto();
    }
}
