namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>Reads a registered model's file (the registry implements it over its <c>RiskModel</c> rows).</summary>
public interface IRiskModelFiles
{
    /// <summary>The model; null when there is none of that id.</summary>
    Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct);
}
