using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Analytics.Evaluation;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// The ML.NET risk model engine. Training: the schema's categorical features one-hot encoded (one bag of
/// feature-prefixed keys) and its numeric features min–max scaled, concatenated into <c>Features</c>; the example
/// weight is the row's 1/λ (rescaled to mean 1; 1 for every row when the settings say unweighted). Each trainer is
/// fitted on the training rows and judged on the validation rows by the weighted log loss; the lowest wins (ties: the
/// first in <see cref="RiskTrainerNames.All"/>, the simpler model). Single-threaded trainers and the settings' seed
/// make a training deterministic. The stored pipeline ends with ML.NET's feature-contribution step, so a loaded
/// model explains its scores. The outcome records the chosen model's weighted validation ROC and PR curves (at most 101
/// points each) and its feature importance on the validation rows (<see cref="FeatureImportance"/>).
/// </summary>
public sealed class MlNetRiskModelEngine : IRiskModelEngine
{
    /// <summary>ML.NET's feature-contribution step keeps at most this many slots of each sign.</summary>
    private const int MaxContributionSlots = 1000;

    public IReadOnlyList<string> Trainers => RiskTrainerNames.All;

    public Task<RiskTrainingOutcome> TrainAsync(
        RiskTrainingSet data, RiskTrainingSettings settings, IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        var trainers = settings.Trainers.Count == 0 ? RiskTrainerNames.All : settings.Trainers;
        foreach (var t in trainers)
        {
            if (!RiskTrainerNames.All.Contains(t, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Unknown trainer '{t}'; the engine knows {string.Join(", ", RiskTrainerNames.All)}.", nameof(settings));
            }
        }

        if (data.Training.Count == 0 || !data.Training.Any(e => e.Problem) || data.Training.All(e => e.Problem))
        {
            throw new ArgumentException("The training rows must hold both items with and without a problem.", nameof(data));
        }

        if (data.Validation.Count == 0)
        {
            throw new ArgumentException("There are no validation rows (visits on or after the validation day).", nameof(data));
        }

        return Task.Run(() => Train(data, settings, trainers, progress, ct), ct);
    }

    public IRiskScorer Load(ReadOnlyMemory<byte> modelFile) => MlNetRiskScorer.Load(modelFile);

    private static RiskTrainingOutcome Train(
        RiskTrainingSet data, RiskTrainingSettings settings, IReadOnlyList<string> trainers, IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        var ml = new MLContext(settings.Seed);
        using var cancel = ct.Register(() => MlNetCancellation.CancelExecution(ml));
        try
        {
            return Train(ml, data, settings, trainers, progress, ct);
        }
        catch (Exception e) when (ct.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("The training was cancelled.", e, ct);
        }
    }

    private static RiskTrainingOutcome Train(
        MLContext ml, RiskTrainingSet data, RiskTrainingSettings settings, IReadOnlyList<string> trainers,
        IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        var definition = RiskRows.Definition();
        var trainingRows = RiskRows.ForTraining(data.Training, settings.Weighted);
        var trainingView = ml.Data.LoadFromEnumerable(trainingRows, definition);
        var validationView = ml.Data.LoadFromEnumerable(RiskRows.ForTraining(data.Validation, weighted: false), definition);

        var encoding = ml.Transforms.Categorical.OneHotEncoding(
                RiskRows.CategoricalBag, RiskRows.Categorical, OneHotEncodingEstimator.OutputKind.Bag,
                keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.NormalizeMinMax(RiskRows.NumericScaled, RiskRows.Numeric))
            .Append(ml.Transforms.Concatenate(RiskRows.Features, RiskRows.CategoricalBag, RiskRows.NumericScaled));
        var encoder = encoding.Fit(trainingView);
        var encoded = ml.Data.Cache(encoder.Transform(trainingView));
        var slots = ((VectorDataViewType)encoded.Schema[RiskRows.Features].Type).Size;

        var fitted = new List<FittedCandidate>();
        var metrics = new List<(RiskMetrics Validation, double Seconds)>();
        foreach (var trainer in trainers)
        {
            ct.ThrowIfCancellationRequested();
            var linear = string.Equals(trainer, RiskTrainerNames.SdcaLogistic, StringComparison.Ordinal);
            progress?.Report(new RiskJobProgress(linear ? RiskJobStage.TrainingLinear : RiskJobStage.TrainingTrees, trainingRows.Count, trainingRows.Count));
            var clock = Stopwatch.StartNew();
            var candidate = linear
                ? Fit(ml, trainer, Sdca(ml, out var sdcaParameters), sdcaParameters, encoder, encoded, slots)
                : Fit(ml, trainer, LightGbm(ml, settings.Seed, out var treeParameters), treeParameters, encoder, encoded, slots);
            ct.ThrowIfCancellationRequested();
            progress?.Report(new RiskJobProgress(RiskJobStage.Evaluating, data.Validation.Count, data.Validation.Count));
            var validation = Evaluate(candidate.Model, validationView, data.Validation, settings.BudgetShare);
            fitted.Add(candidate);
            metrics.Add((validation, clock.Elapsed.TotalSeconds));
        }

        var best = 0;
        for (var i = 1; i < fitted.Count; i++)
        {
            if (metrics[i].Validation.LogLoss < metrics[best].Validation.LogLoss)
            {
                best = i;
            }
        }

        ct.ThrowIfCancellationRequested();
        progress?.Report(new RiskJobProgress(RiskJobStage.Evaluating, data.Training.Count, data.Training.Count));
        var chosen = fitted[best];
        var training = Evaluate(chosen.Model, trainingView, data.Training, settings.BudgetShare);

        ct.ThrowIfCancellationRequested();
        progress?.Report(new RiskJobProgress(RiskJobStage.Saving, 0, null));
        var model = chosen.WithContributions();
        using var saved = new MemoryStream();
        ml.Model.Save(model, trainingView.Schema, saved);
        var manifest = new RiskModelManifest(
            RiskModelManifest.CurrentFormat, RiskFeatureSchema.Version, RiskFeatureSchema.Fingerprint, chosen.Trainer, RiskFeatureSchema.Names);
        var file = RiskModelArchive.Write(manifest, saved.ToArray());

        var candidates = fitted.Select((c, i) => new RiskCandidate(c.Trainer, c.HyperParameters, metrics[i].Validation, metrics[i].Seconds, i == best)).ToList();
        var curves = ValidationCurves.Of(Probabilities(chosen.Model, validationView), [.. data.Validation.Select(e => e.Problem)], [.. data.Validation.Select(e => e.Weight)]);
        ct.ThrowIfCancellationRequested();
        IReadOnlyList<RiskFeatureShare> importance;
        using (var scorer = MlNetRiskScorer.Load(file))
        {
            importance = FeatureImportance.Of(scorer, data.Validation);
        }

        return new RiskTrainingOutcome(
            file, chosen.Trainer, chosen.HyperParameters, RiskFeatureSchema.Names, RiskFeatureSchema.Fingerprint, training, metrics[best].Validation, candidates,
            curves, importance);
    }

    /// <summary>The model's probabilities for the rows, judged with the rows' own weights 1/λ (always: the metrics describe the population).</summary>
    private static RiskMetrics Evaluate(ITransformer model, IDataView rows, IReadOnlyList<RiskExample> examples, double budgetShare)
    {
        return WeightedMetrics.Compute(Probabilities(model, rows), [.. examples.Select(e => e.Problem)], [.. examples.Select(e => e.Weight)], budgetShare);
    }

    private static List<double> Probabilities(ITransformer model, IDataView rows) =>
        [.. model.Transform(rows).GetColumn<float>(RiskRows.Probability).Select(p => (double)p)];

    private static FittedCandidate Fit<TModel>(
        MLContext ml, string trainer, IEstimator<BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>>> estimator,
        IReadOnlyDictionary<string, string> hyperParameters, ITransformer encoder, IDataView encoded, int slots)
        where TModel : class, ICalculateFeatureContribution
    {
        var predictor = estimator.Fit(encoded);
        var model = new TransformerChain<ITransformer>(encoder, predictor);
        var kept = Math.Min(slots, MaxContributionSlots);
        return new FittedCandidate(trainer, hyperParameters, model, () =>
        {
            var contributions = ml.Transforms.CalculateFeatureContribution(predictor, kept, kept, normalize: false).Fit(predictor.Transform(encoded));
            return new TransformerChain<ITransformer>(encoder, predictor, contributions);
        });
    }

    private static SdcaLogisticRegressionBinaryTrainer Sdca(MLContext ml, out IReadOnlyDictionary<string, string> hyperParameters)
    {
        var options = new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = RiskRows.Label,
            FeatureColumnName = RiskRows.Features,
            ExampleWeightColumnName = RiskRows.Weight,
            L2Regularization = 1e-5f,
            L1Regularization = 0,
            MaximumNumberOfIterations = 30,
            ConvergenceTolerance = 1e-3f,
            NumberOfThreads = 1,
            Shuffle = true,
        };
        hyperParameters = Parameters(
            ("l2Regularization", options.L2Regularization), ("l1Regularization", options.L1Regularization),
            ("maximumNumberOfIterations", options.MaximumNumberOfIterations), ("convergenceTolerance", options.ConvergenceTolerance));
        return ml.BinaryClassification.Trainers.SdcaLogisticRegression(options);
    }

    private static LightGbmBinaryTrainer LightGbm(MLContext ml, int seed, out IReadOnlyDictionary<string, string> hyperParameters)
    {
        var options = new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = RiskRows.Label,
            FeatureColumnName = RiskRows.Features,
            ExampleWeightColumnName = RiskRows.Weight,
            NumberOfIterations = 150,
            LearningRate = 0.05,
            NumberOfLeaves = 15,
            MinimumExampleCountPerLeaf = 100,
            NumberOfThreads = 1,
            Seed = seed,
            Silent = true,
        };
        hyperParameters = Parameters(
            ("numberOfIterations", options.NumberOfIterations), ("learningRate", options.LearningRate),
            ("numberOfLeaves", options.NumberOfLeaves), ("minimumExampleCountPerLeaf", options.MinimumExampleCountPerLeaf));
        return ml.BinaryClassification.Trainers.LightGbm(options);
    }

    private static Dictionary<string, string> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);
}
