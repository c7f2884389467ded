using Microsoft.ML;
using Microsoft.ML.Data;

namespace DoubleRandom.Analytics.Risk;

/// <summary>One copy of a loaded model in its own ML.NET context: with and without the feature-contribution step.</summary>
internal sealed record ScoringLane(MLContext Context, ITransformer Explaining, ITransformer Predicting)
{
    public SchemaDefinition Definition { get; } = RiskRows.Definition();
}
