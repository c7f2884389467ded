using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RejectCorrection;

/// <summary>A leader of the supervising unit, not the requester, rejects a correction with a note; the record stays.</summary>
public sealed record RejectCorrectionCommand(Guid Id, string? Note) : ICommand<CorrectionDto>, IScopedToCorrection
{
    Guid? IScopedToCorrection.ScopedCorrectionId => Id;
}
