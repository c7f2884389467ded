namespace DoubleRandom.Application.Risk.Training;

/// <summary>One trainer tried in a training, with its validation metrics; the chosen one is the registry's version.</summary>
public sealed record RiskCandidate(
    string Trainer, IReadOnlyDictionary<string, string> HyperParameters, RiskMetrics Validation, double Seconds, bool Chosen);
