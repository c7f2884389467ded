namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>Reads a registered model's file, its SHA-256 checked (<see cref="Registry.RiskModelFiles"/>; the scoring tests give their own model).</summary>
public interface IRiskModelFiles
{
    /// <summary>The model; null when there is none of that id.</summary>
    Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct);
}
