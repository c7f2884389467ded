using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetAmendment;

/// <summary>One amendment request of a draw (where the 201 of a request points).</summary>
public sealed record GetAmendmentQuery(Guid DrawId, Guid AmendmentId) : IQuery<AmendmentDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
