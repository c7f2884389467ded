using DoubleRandom.Application.Risk.Scoring;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>
/// Until the model registry provides <see cref="IRiskModelFiles"/> (it registers its own after this one, which then
/// wins): no model is found, so a scoring answers 404 for the model instead of the service failing to start.
/// </summary>
public sealed class NoRiskModelFiles : IRiskModelFiles
{
    public Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct) => Task.FromResult<RiskModelFile?>(null);
}
