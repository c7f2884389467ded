using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetAttachment;

/// <summary>
/// Downloads one attachment of a draw in the caller's unit scope (404 outside it); every download is recorded in the
/// audit trail as a read.
/// </summary>
public sealed record GetAttachmentQuery(Guid DrawId, Guid AttachmentId) : IQuery<AttachmentFile>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
