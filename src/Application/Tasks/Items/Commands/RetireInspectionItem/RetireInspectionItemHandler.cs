using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.RetireInspectionItem;

public sealed class RetireInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<RetireInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(RetireInspectionItemCommand c, CancellationToken ct)
    {
        var item = await db.GetItemAsync(c.Id, ct);
        item.Retire();
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }
}
