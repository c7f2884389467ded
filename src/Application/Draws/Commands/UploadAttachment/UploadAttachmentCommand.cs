using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.UploadAttachment;

/// <summary>
/// Attaches the signed draw record (PDF, JPEG, PNG) or a signing video (MP4) to a sealed draw: only a sealed draw has a
/// record to print and sign (a prepared draw has not been drawn, a failed one drew nothing); others get 409 draw-not-sealed.
/// </summary>
public sealed record UploadAttachmentCommand(Guid DrawId, AttachmentKind Kind, string FileName, Stream Content) : ICommand<AttachmentDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
