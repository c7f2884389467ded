using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.GetCorrection;

public sealed record GetCorrectionQuery(Guid Id) : IQuery<CorrectionDto>, IScopedToCorrection
{
    Guid? IScopedToCorrection.ScopedCorrectionId => Id;
}
