using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Queries.GetInspectionItem;

public sealed record GetInspectionItemQuery(Guid Id) : IQuery<InspectionItemDto>;
