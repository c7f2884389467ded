using System.Security.Cryptography;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.RunRiskJob;

/// <summary>
/// A training: reads the labelled rows of the job's range (<see cref="IRiskFeatureSource.TrainingSetAsync"/>), trains
/// and compares the trainers (<see cref="IRiskModelEngine.TrainAsync"/>) and adds the registry version (not active:
/// every activation, the first one too, is an explicit, audited act) with its file. The caller saves it with the job's
/// success, in one transaction.
/// </summary>
public sealed class RiskTrainingRun(IApplicationDbContext db, IRiskFeatureSource features, IRiskModelEngine engine, TimeProvider clock)
{
    public async Task<Guid> RunAsync(RiskJob job, IProgress<RiskJobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        var range = new RiskDataRange(job.DataFrom!.Value, job.DataTo!.Value, job.ValidationFrom!.Value);
        var set = await features.TrainingSetAsync(range, progress, ct);
        if (set.Training.Count == 0)
        {
            throw Refused(RuleCodes.RiskNoLabelledRows, range.From, range.ValidationFrom.AddDays(-1));
        }

        if (!set.Training.Any(e => e.Problem) || set.Training.All(e => e.Problem))
        {
            throw Refused(RuleCodes.RiskOneClass, range.From, range.ValidationFrom.AddDays(-1)); // the engine needs both classes
        }

        if (set.Validation.Count == 0)
        {
            throw Refused(RuleCodes.RiskNoValidationRows, range.ValidationFrom, range.To);
        }

        var parameters = RiskJson.Read<RiskTrainingParameters>(job.Parameters);
        var settings = new RiskTrainingSettings(job.Weighted, parameters.Trainers, parameters.Seed, parameters.BudgetShare);
        var outcome = await engine.TrainAsync(set, settings, progress, ct);
        ct.ThrowIfCancellationRequested();
        progress.Report(new RiskJobProgress(RiskJobStage.Saving, set.Training.Count + set.Validation.Count, set.Training.Count + set.Validation.Count));

        var version = (await db.RiskModels.MaxAsync(m => (int?)m.Version, ct) ?? 0) + 1;
        var facts = new RiskModelFacts(
            outcome.Trainer, RiskJson.Write(outcome.HyperParameters), RiskJson.Write(outcome.FeatureNames), outcome.FeatureFingerprint,
            range.From, range.To, range.ValidationFrom, set.Training.Count, set.Validation.Count, set.EstimatedWeightRows, job.Weighted,
            RiskJson.Write(new RiskModelMetrics(outcome.Training, outcome.Validation, outcome.Candidates, outcome.Curves, outcome.Importance)));
        var model = RiskModel.Register(version, facts, job.Id, outcome.ModelFile.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(outcome.ModelFile)), job.RequestedBy, job.RequestedByUserId, clock.GetUtcNow().UtcDateTime);
        db.RiskModels.Add(model);
        db.RiskModelContents.Add(RiskModelContent.Of(model.Id, outcome.ModelFile));
        return model.Id;
    }

    private static RiskJobRefusedException Refused(RuleCode<string, string> rule, DateOnly from, DateOnly to)
    {
        object?[] values = [from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];
        return new RiskJobRefusedException(rule.Code, RuleTexts.Of(rule, values));
    }
}
