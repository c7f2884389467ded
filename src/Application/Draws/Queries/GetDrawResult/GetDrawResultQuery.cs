using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDrawResult;

/// <summary>The drawn groups (staff only before reveal; public after).</summary>
public sealed record GetDrawResultQuery(Guid Id, bool PublicOnly) : IQuery<DrawResultDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => PublicOnly ? null : Id;
}
