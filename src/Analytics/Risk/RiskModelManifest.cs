namespace DoubleRandom.Analytics.Risk;

/// <summary>What a model file says about itself (its <c>manifest.json</c>): the file format, the feature schema it reads and the trainer.</summary>
public sealed record RiskModelManifest(string Format, string SchemaVersion, string FeatureFingerprint, string Trainer, IReadOnlyList<string> FeatureNames)
{
    public const string CurrentFormat = "doublerandom-risk-model/1";
}
