using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;

public sealed class CreateInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<CreateInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(CreateInspectionItemCommand c, CancellationToken ct)
    {
        var item = InspectionItem.Create(c.Name!, c.DepartmentCode!, c.LegalBasis!, c.ChecklistPoints!, c.RequiredExpertise, c.Priority!.Value);
        db.InspectionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }
}
