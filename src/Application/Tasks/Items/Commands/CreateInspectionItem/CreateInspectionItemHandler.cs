using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;

public sealed class CreateInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<CreateInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(CreateInspectionItemCommand command, CancellationToken cancellationToken)
    {
        var item = InspectionItem.Create(command.Name!, command.DepartmentCode!, command.LegalBasis!, command.ChecklistPoints!, command.RequiredExpertise, command.Priority!.Value);
        db.InspectionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.ToDto();
    }
}
