using DoubleRandom.Application.Evaluation.Facts;

namespace DoubleRandom.Application.Evaluation;

/// <summary>The port that reads the facts a report is computed from (EF for both providers; aggregated in the database where that is faster than loading rows). Implemented in Application/Evaluation/Facts (EF) and, where PostgreSQL needs its own SQL, in Infrastructure/Evaluation.</summary>
public interface IEvaluationFactSource
{
    /// <summary>The facts of <paramref name="request"/>, in a deterministic order, with their <see cref="EvaluationFacts.DataDigest"/>.</summary>
    Task<EvaluationFacts> ReadAsync(EvaluationRequest request, IProgress<EvaluationProgress>? progress, CancellationToken ct);
}
