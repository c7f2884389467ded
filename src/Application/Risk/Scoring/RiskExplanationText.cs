using System.Globalization;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Features;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>Feature contributions in plain words: the feature's name from <see cref="RiskFeatureSchema"/>, the target's value, and which way it pushed.</summary>
public static class RiskExplanationText
{
    /// <summary>Numeric features that are yes/no (1/0): said as a fact, not as a number.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "ageUnknown", "newBusiness", "neverInspected" };

    public static RiskContributionDto Describe(FeatureContribution c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var definition = RiskFeatureSchema.Find(c.Feature);
        var name = definition is null ? c.Feature : Text.Of(definition.Chinese, definition.English);
        var raises = c.Contribution > 0;
        var direction = raises ? RiskScoringTexts.Raises : RiskScoringTexts.Lowers;
        string fact;
        if (Flags.Contains(c.Feature))
        {
            fact = c.Value is "1" ? Text.Of(name, Capitalised(name)) : Text.Of($"并非“{name}”", $"Not “{name}”");
        }
        else
        {
            fact = Text.Of($"{name}为 {c.Value}", $"{Capitalised(name)}: {c.Value}");
        }

        return new RiskContributionDto(c.Feature, name, c.Value, c.Contribution, raises, Text.Of($"{fact}，{direction}", $"{fact} — {direction}"));
    }

    public static string Summary(double probability, string tier, int version) => Text.Of(
        $"风险模型第 {version} 版预测每个检查事项发现问题的概率为 {probability.ToString("P1", CultureInfo.InvariantCulture)}，据此评为 {tier} 级",
        $"Model version {version} predicts a {probability.ToString("P1", CultureInfo.InvariantCulture)} probability that a checked item finds a problem: tier {tier}.");

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
