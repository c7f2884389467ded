using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// A loaded model file. A contribution is ML.NET's feature contribution on the model's score (logit) scale, summed
/// over a feature's slots (all the one-hot slots of a categorical feature; one slot of a numeric one): for the linear
/// model exactly wⱼ·xⱼ of its slots (the logit is the bias plus their sum), for the tree ensemble the change of
/// each tree's value along the target's path at the splits on the feature.
/// </summary>
public sealed class MlNetRiskScorer : IRiskScorer
{
    /// <summary>Below this many rows a batch is scored on one thread.</summary>
    private const int ParallelFrom = 4096;

    /// <summary>One copy of the model per core, each in its own ML.NET context, so a batch is scored in parallel.</summary>
    private readonly ScoringLane[] lanes;

    /// <summary>The schema feature (index into <see cref="RiskFeatureSchema.All"/>) of each slot of <c>Features</c>.</summary>
    private readonly int[] slotFeature;

    private MlNetRiskScorer(ScoringLane[] lanes, int[] slotFeature)
    {
        this.lanes = lanes;
        this.slotFeature = slotFeature;
    }

    public IReadOnlyList<string> FeatureNames => RiskFeatureSchema.Names;

    public static MlNetRiskScorer Load(ReadOnlyMemory<byte> modelFile)
    {
        var (manifest, mlNetModel) = RiskModelArchive.Read(modelFile);
        if (!string.Equals(manifest.FeatureFingerprint, RiskFeatureSchema.Fingerprint, StringComparison.Ordinal))
        {
            throw new RiskModelFormatException(
                $"The model reads features of schema {manifest.SchemaVersion} ({manifest.FeatureFingerprint}); this service computes {RiskFeatureSchema.Version} ({RiskFeatureSchema.Fingerprint}).");
        }

        var lanes = new ScoringLane[Math.Clamp(Environment.ProcessorCount, 1, 4)];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = LoadLane(mlNetModel);
        }

        try
        {
            var schema = lanes[0].Explaining.GetOutputSchema(lanes[0].Context.Data.LoadFromEnumerable(Array.Empty<RiskInputRow>(), RiskRows.Definition()).Schema);
            return new MlNetRiskScorer(lanes, SlotFeatures(schema));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new RiskModelFormatException("The model does not read this service's rows: " + e.Message, e);
        }
    }

    public RiskPrediction Score(RiskFeatures features, int topContributions)
    {
        var into = new List<RiskPrediction>(1);
        Score([features], topContributions, into);
        return into[0];
    }

    /// <summary>Scores the batch in as many contiguous parts as there are lanes (cores), each on its own copy of the model; the order is kept.</summary>
    public void Score(IReadOnlyList<RiskFeatures> batch, int topContributions, List<RiskPrediction> into)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(topContributions);
        var parts = batch.Count < ParallelFrom ? 1 : lanes.Length;
        if (parts == 1)
        {
            ScorePart(lanes[0], batch, 0, batch.Count, topContributions, into);
            return;
        }

        var results = new List<RiskPrediction>[parts];
        var size = (batch.Count + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var start = part * size;
            var count = Math.Max(0, Math.Min(size, batch.Count - start));
            results[part] = new List<RiskPrediction>(count);
            ScorePart(lanes[part], batch, start, count, topContributions, results[part]);
        });
        foreach (var r in results)
        {
            into.AddRange(r);
        }
    }

    public void Dispose()
    {
        // Nothing unmanaged is held: the ML.NET context and model are released with this object.
    }

    private static ScoringLane LoadLane(byte[] mlNetModel)
    {
        var ml = new MLContext(seed: 0);
        ITransformer model;
        try
        {
            model = ml.Model.Load(new MemoryStream(mlNetModel, writable: false), out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new RiskModelFormatException("The ML.NET model in the file cannot be loaded: " + e.Message, e);
        }

        if (model is not TransformerChain<ITransformer> chain || chain.Count() < 2)
        {
            throw new RiskModelFormatException("The model file does not hold a risk model pipeline.");
        }

        return new ScoringLane(ml, model, new TransformerChain<ITransformer>(chain.ToArray()[..^1]));
    }

    private void ScorePart(ScoringLane lane, IReadOnlyList<RiskFeatures> batch, int start, int count, int topContributions, List<RiskPrediction> into)
    {
        var inputs = new RiskInputRow[count];
        for (var k = 0; k < count; k++)
        {
            inputs[k] = RiskRows.ForScoring(batch[start + k]);
        }

        var view = lane.Context.Data.LoadFromEnumerable(inputs, lane.Definition);
        if (topContributions == 0)
        {
            foreach (var p in lane.Predicting.Transform(view).GetColumn<float>(RiskRows.Probability))
            {
                into.Add(new RiskPrediction(p, []));
            }

            return;
        }

        var perFeature = new double[RiskFeatureSchema.All.Count];
        var i = 0;
        foreach (var row in lane.Context.Data.CreateEnumerable<RiskOutputRow>(lane.Explaining.Transform(view), reuseRowObject: true))
        {
            Array.Clear(perFeature);
            var c = row.FeatureContributions;
            for (var s = 0; s < c.Length; s++)
            {
                perFeature[slotFeature[s]] += c[s];
            }

            into.Add(new RiskPrediction(row.Probability, Top(inputs[i++], perFeature, topContributions)));
        }
    }

    private static List<FeatureContribution> Top(RiskInputRow input, double[] perFeature, int count)
    {
        var top = new List<FeatureContribution>(count);
        var used = new bool[perFeature.Length];
        for (var k = 0; k < count; k++)
        {
            var best = -1;
            for (var f = 0; f < perFeature.Length; f++)
            {
                if (!used[f] && perFeature[f] != 0 && (best < 0 || Math.Abs(perFeature[f]) > Math.Abs(perFeature[best])))
                {
                    best = f;
                }
            }

            if (best < 0)
            {
                break;
            }

            used[best] = true;
            var name = RiskFeatureSchema.All[best].Name;
            top.Add(new FeatureContribution(name, perFeature[best], RiskRows.Display(input, best)));
        }

        return top;
    }

    /// <summary>Slot → schema feature: the bag's slots by their key's prefix (<c>kind=…</c>), then the numeric slots in schema order.</summary>
    private static int[] SlotFeatures(DataViewSchema schema)
    {
        var bag = schema[RiskRows.CategoricalBag];
        var bagSize = ((VectorDataViewType)bag.Type).Size;
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        bag.GetSlotNames(ref names);
        var slots = ((VectorDataViewType)schema[RiskRows.Features].Type).Size;
        if (slots != bagSize + RiskFeatureSchema.Numeric.Count)
        {
            throw new InvalidOperationException("The model's feature vector is not the bag of categories followed by the numeric features.");
        }

        var map = new int[slots];
        var s = 0;
        foreach (var key in names.DenseValues())
        {
            var text = key.ToString();
            var cut = text.IndexOf(RiskRows.KeySeparator, StringComparison.Ordinal);
            var feature = cut > 0 ? RiskFeatureSchema.Find(text[..cut]) : null;
            map[s++] = feature is { Kind: RiskFeatureKind.Categorical }
                ? IndexOf(feature.Name)
                : throw new InvalidOperationException($"The model's category '{text}' belongs to no categorical feature of the schema.");
        }

        for (var n = 0; n < RiskFeatureSchema.Numeric.Count; n++)
        {
            map[bagSize + n] = RiskFeatureSchema.Categorical.Count + n;
        }

        return map;
    }

    private static int IndexOf(string name)
    {
        for (var i = 0; i < RiskFeatureSchema.All.Count; i++)
        {
            if (string.Equals(RiskFeatureSchema.All[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
