using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.ListAmendments;

public sealed record ListAmendmentsQuery(Guid DrawId) : IQuery<IReadOnlyList<AmendmentDto>>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
