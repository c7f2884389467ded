using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Commands.RetireInspectionItem;

public sealed class RetireInspectionItemHandler(IApplicationDbContext db)
    : ICommandHandler<RetireInspectionItemCommand, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(RetireInspectionItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.GetItemAsync(command.Id, cancellationToken);
        item.Retire();
        await db.SaveChangesAsync(cancellationToken);
        return item.ToDto();
    }
}
