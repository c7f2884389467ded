using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Queries.GetRecusal;

public sealed record GetRecusalQuery(Guid Id) : IQuery<RecusalDto>, IScopedToRecusal
{
    Guid? IScopedToRecusal.ScopedRecusalId => Id;
}
