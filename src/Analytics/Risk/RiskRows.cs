using System.Globalization;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using Microsoft.ML.Data;

namespace DoubleRandom.Analytics.Risk;

/// <summary>How <see cref="RiskFeatures"/> become ML.NET rows, and the columns of the model's pipeline.</summary>
public static class RiskRows
{
    public const string Categorical = nameof(RiskInputRow.Categorical);

    public const string Numeric = nameof(RiskInputRow.Numeric);

    public const string Label = nameof(RiskInputRow.Label);

    public const string Weight = nameof(RiskInputRow.Weight);

    /// <summary>The bag of the prefixed categorical keys: every categorical feature one-hot encoded, side by side.</summary>
    public const string CategoricalBag = "CategoricalBag";

    /// <summary>The numeric features scaled to [0, 1] by their training minimum and maximum (for the linear model).</summary>
    public const string NumericScaled = "NumericScaled";

    public const string Features = "Features";

    public const string Probability = "Probability";

    public const string Contributions = "FeatureContributions";

    /// <summary>Separates a categorical feature's name from its value in a key (<c>kind=Enterprise</c>).</summary>
    public const char KeySeparator = '=';

    /// <summary>The input schema: the two vectors sized by <see cref="RiskFeatureSchema"/>.</summary>
    public static SchemaDefinition Definition()
    {
        var definition = SchemaDefinition.Create(typeof(RiskInputRow));
        definition[Categorical].ColumnType = new VectorDataViewType(TextDataViewType.Instance, RiskFeatureSchema.Categorical.Count);
        definition[Numeric].ColumnType = new VectorDataViewType(NumberDataViewType.Single, RiskFeatureSchema.Numeric.Count);
        return definition;
    }

    /// <summary>A row to score (no label; weight 1).</summary>
    public static RiskInputRow ForScoring(RiskFeatures features) => Encode(features, false, 1);

    /// <summary>
    /// Training rows: the label and, when <paramref name="weighted"/>, the weight 1/λ rescaled so that the weights
    /// average 1 (the same relative weights; the regularisation and leaf sizes keep their meaning); otherwise 1.
    /// </summary>
    public static List<RiskInputRow> ForTraining(IReadOnlyList<RiskExample> examples, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var scale = 1.0;
        if (weighted && examples.Count > 0)
        {
            scale = examples.Count / examples.Sum(e => e.Weight);
        }

        var rows = new List<RiskInputRow>(examples.Count);
        foreach (var e in examples)
        {
            rows.Add(Encode(e.Features, e.Problem, weighted ? (float)(e.Weight * scale) : 1f));
        }

        return rows;
    }

    /// <summary>
    /// The row's value of schema feature <paramref name="feature"/> (index into <see cref="RiskFeatureSchema.All"/>) as
    /// <see cref="RiskFeatureSchema.Display"/> writes it, read from the encoded row (no second encoding per contribution).
    /// </summary>
    public static string Display(RiskInputRow row, int feature)
    {
        ArgumentNullException.ThrowIfNull(row);
        var categorical = RiskFeatureSchema.Categorical.Count;
        return feature < categorical
            ? row.Categorical[feature][(RiskFeatureSchema.Categorical[feature].Name.Length + 1)..]
            : row.Numeric[feature - categorical].ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static RiskInputRow Encode(RiskFeatures features, bool label, float weight)
    {
        var categorical = new string[RiskFeatureSchema.Categorical.Count];
        var numeric = new float[RiskFeatureSchema.Numeric.Count];
        RiskFeatureSchema.Encode(features, categorical, numeric);
        for (var i = 0; i < categorical.Length; i++)
        {
            categorical[i] = string.Concat(RiskFeatureSchema.Categorical[i].Name, "=", categorical[i]);
        }

        return new RiskInputRow { Categorical = categorical, Numeric = numeric, Label = label, Weight = weight };
    }
}
