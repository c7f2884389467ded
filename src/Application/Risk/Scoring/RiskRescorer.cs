using System.Text.Json;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>
/// Scores every active target with one model, in two passes over the predictions (ADR 0030):
/// <list type="number">
/// <item>Read and score: the feature source streams the targets as of today (Asia/Shanghai), the model scores them
/// a batch at a time, and each prediction (code, probability, top contributions) is spilled to a temporary file by the
/// <see cref="IRiskScoreWriter"/>. Only the probabilities stay in memory (8 bytes a target: 8 MB for a million),
/// for the exact population quantiles. Nothing is written to the database in this pass.</item>
/// <item>Write: the cut-offs become three probability thresholds (given, or the quantiles of the scores), and in ONE
/// transaction the writer puts probability, tier and model version onto the targets in bulk and replaces their
/// explanations, and the <see cref="RiskRescore"/> row — the operation's one audit entry, with the counts per move —
/// is saved with it. Cancelled before the commit, nothing is written.</item>
/// </list>
/// </summary>
public sealed class RiskRescorer(
    IApplicationDbContext db,
    IRiskModelFiles models,
    IRiskModelEngine engine,
    IRiskFeatureSource features,
    IRiskScoreStore store,
    ICurrentActor actor,
    TimeProvider clock) : IRiskRescorer
{
    /// <summary>Targets scored per call of the model's batch path.</summary>
    public const int BatchSize = 8_192;

    /// <summary>Contributions kept per target for its explanation.</summary>
    public const int TopContributions = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RescoreOutcome> RescoreAsync(Guid jobId, Guid modelId, IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var model = await models.FindAsync(modelId, ct) ?? throw new NotFoundException(RecordNames.RiskModel, modelId);
        Rule.Check(string.Equals(model.Fingerprint, RiskFeatureSchema.Fingerprint, StringComparison.Ordinal), RuleCodes.RiskModelIncompatible, model.Version);

        var cutoffs = await db.RiskTierCutoffs.AsNoTracking().FirstOrDefaultAsync(c => c.Scope == RiskTierCutoffs.BureauScope, ct) ?? RiskTierCutoffs.Default();
        await using var writer = store.OpenWriter();
        var scores = new List<double>();
        using (var scorer = engine.Load(model.Bytes))
        {
            progress?.Report(new RiskJobProgress(RiskJobStage.ReadingTargets, 0, null));
            var batch = new List<RiskFeatures>(BatchSize);
            var predictions = new List<RiskPrediction>(BatchSize);
            await foreach (var target in features.CurrentAsync(clock.Today(), ct))
            {
                batch.Add(target);
                if (batch.Count == BatchSize)
                {
                    await ScoreAsync(scorer, batch, predictions, writer, scores, ct);
                    progress?.Report(new RiskJobProgress(RiskJobStage.Scoring, scores.Count, null));
                }
            }

            await ScoreAsync(scorer, batch, predictions, writer, scores, ct);
            progress?.Report(new RiskJobProgress(RiskJobStage.Scoring, scores.Count, scores.Count));
        }

        var thresholds = Thresholds(cutoffs, scores);
        scores.Clear();
        scores.TrimExcess();
        progress?.Report(new RiskJobProgress(RiskJobStage.WritingScores, 0, writer.Count));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moves = await writer.ApplyAsync(model.Version, thresholds, progress, ct);
        var rescore = RiskRescore.Record(model.Id, model.Version, jobId, started, clock.GetUtcNow().UtcDateTime,
            actor.UserId, actor.Name, cutoffs, (thresholds.First, thresholds.Second, thresholds.Third), moves);
        db.RiskRescores.Add(rescore);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(CancellationToken.None);
        progress?.Report(new RiskJobProgress(RiskJobStage.Finished, rescore.TargetsScored, rescore.TargetsScored));
        return new RescoreOutcome(rescore.Id, rescore.TargetsScored, rescore.TargetsMoved);
    }

    /// <summary>
    /// The probability thresholds of a cut-off setting: its own values in threshold mode; in quantile mode the scores
    /// at the quantiles' ranks (the score at rank ⌊q·n⌋ of the sorted scores is the first of the higher tier, so with
    /// distinct scores exactly ⌊q·n⌋ targets fall below it; equal scores always share a tier).
    /// </summary>
    public static RiskThresholds Thresholds(RiskTierCutoffs cutoffs, List<double> scores)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentNullException.ThrowIfNull(scores);
        if (cutoffs.Mode == RiskTierCutoffMode.Thresholds || scores.Count == 0)
        {
            return new RiskThresholds(cutoffs.First, cutoffs.Second, cutoffs.Third);
        }

        scores.Sort();
        double At(double q) => scores[(int)Math.Min(scores.Count - 1, Math.Floor((q * scores.Count) + 1e-9))];
        return new RiskThresholds(At(cutoffs.First), At(cutoffs.Second), At(cutoffs.Third));
    }

    private static async Task ScoreAsync(
        IRiskScorer scorer, List<RiskFeatures> batch, List<RiskPrediction> predictions, IRiskScoreWriter writer, List<double> scores, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        ct.ThrowIfCancellationRequested();
        predictions.Clear();
        scorer.Score(batch, TopContributions, predictions);
        for (var i = 0; i < batch.Count; i++)
        {
            var p = predictions[i];
            scores.Add(p.Probability);
            await writer.AddAsync(batch[i].TargetCode, p.Probability, JsonSerializer.Serialize(p.Top, Json), ct);
        }

        batch.Clear();
    }
}
