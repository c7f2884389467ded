using Microsoft.ML;

namespace DoubleRandom.Analytics.Risk;

/// <summary>A trained candidate: its pipeline (encoding + predictor) and how to add the feature-contribution step to it.</summary>
internal sealed record FittedCandidate(string Trainer, IReadOnlyDictionary<string, string> HyperParameters, ITransformer Model, Func<ITransformer> WithContributions);
