using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDraw;

/// <summary>
/// A draw as anyone sees it (the same fields for staff and public: nothing names a target). Staff reads
/// (<paramref name="PublicOnly"/> false) follow the caller's unit scope; the public disclosure shows every draw.
/// </summary>
public sealed record GetDrawQuery(Guid Id, bool PublicOnly = false) : IQuery<DrawDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => PublicOnly ? null : Id;
}
