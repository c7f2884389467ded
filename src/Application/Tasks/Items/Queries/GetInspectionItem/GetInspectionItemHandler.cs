using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Queries.GetInspectionItem;

public sealed class GetInspectionItemHandler(IApplicationDbContext db) : IQueryHandler<GetInspectionItemQuery, InspectionItemDto>
{
    public async ValueTask<InspectionItemDto> Handle(GetInspectionItemQuery query, CancellationToken cancellationToken) =>
        (await db.GetItemAsync(query.Id, cancellationToken)).ToDto();
}
