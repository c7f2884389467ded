using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Queries.GetInspectionItem;

public sealed class GetInspectionItemHandler(IApplicationDbContext db) : IQueryHandler<GetInspectionItemQuery, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(GetInspectionItemQuery q, CancellationToken ct) =>
        (await db.GetItemAsync(q.Id, ct)).ToDto();
}
