using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;

/// <summary>A leader of the supervising unit, not the requester, approves a correction: the record takes its results.</summary>
public sealed record ApproveCorrectionCommand(Guid Id, string? Note) : ICommand<CorrectionDto>, IScopedToCorrection
{
    Guid? IScopedToCorrection.ScopedCorrectionId => Id;
}
