using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.UpdateInspectionItem;

public sealed class UpdateInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(UpdateInspectionItemCommand c, CancellationToken ct)
    {
        var item = await db.GetItemAsync(c.Id, ct);
        StaleVersion.ThrowIfStale(c.Version, item.Version);
        item.Update(c.Name!, c.DepartmentCode!, c.LegalBasis!, c.ChecklistPoints!, c.RequiredExpertise, c.Priority!.Value);
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }
}
