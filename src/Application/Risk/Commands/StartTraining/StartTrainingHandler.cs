using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.StartTraining;

/// <summary>
/// Resolves the range, refuses (writing nothing) when a risk job is unfinished (409 <c>risk-job-running</c>), when no
/// labelled result the training would read lies before the validation start (409 <c>risk-no-labelled-rows</c>), those
/// there are all of one class (409 <c>risk-one-class</c>), or none lies from it on (409 <c>risk-no-validation-rows</c>)
/// — judged by <see cref="TrainingLabels"/>, the feature source's predicate — or an unknown trainer is named (400);
/// then queues the job (202).
/// </summary>
public sealed class StartTrainingHandler(
    IApplicationDbContext db, RiskJobLauncher launcher, IRiskModelEngine engine, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<StartTrainingCommand, RiskJobDto>
{
    public async ValueTask<RiskJobDto> Handle(StartTrainingCommand command, CancellationToken cancellationToken)
    {
        var range = Resolve(command, clock.Today());
        var trainers = command.Trainers?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (trainers.FirstOrDefault(t => !engine.Trainers.Contains(t, StringComparer.Ordinal)) is { } unknown)
        {
            throw RequestValidationException.ForField("trainers", Text.Of(
                $"未知的训练器：{unknown}（可选：{string.Join("、", engine.Trainers)}）",
                $"Unknown trainer: {unknown} (known: {string.Join(", ", engine.Trainers)})."));
        }

        await launcher.EnsureNoneUnfinishedAsync(cancellationToken);
        var labels = await TrainingLabels.ReadAsync(db, range.To, cancellationToken);
        var lastTraining = range.ValidationFrom.AddDays(-1);
        var training = await labels.ClassesAsync(range.From, lastTraining, cancellationToken);
        Rule.Check(training.Problem || training.NoProblem, RuleCodes.RiskNoLabelledRows, Day(range.From), Day(lastTraining));
        Rule.Check(training.Problem && training.NoProblem, RuleCodes.RiskOneClass, Day(range.From), Day(lastTraining));
        var validation = await labels.ClassesAsync(range.ValidationFrom, range.To, cancellationToken);
        Rule.Check(validation.Problem || validation.NoProblem, RuleCodes.RiskNoValidationRows, Day(range.ValidationFrom), Day(range.To));

        var defaults = RiskTrainingSettings.Default;
        var parameters = RiskJson.Write(new RiskTrainingParameters(trainers, defaults.Seed, defaults.BudgetShare));
        var job = RiskJob.QueueTraining(range.From, range.To, range.ValidationFrom, command.Weighted ?? true, parameters, actor.Name, actor.UserId,
            clock.GetUtcNow().UtcDateTime);
        return await launcher.LaunchAsync(job, null, cancellationToken);
    }

    /// <summary>The range asked for, its omitted ends filled in (see <see cref="StartTrainingCommand"/>).</summary>
    public static RiskDataRange Resolve(StartTrainingCommand command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(command);
        var to = command.To ?? today;
        var from = command.From ?? to.AddYears(-10);
        var validationFrom = command.ValidationFrom ?? to.AddYears(-1).AddDays(1);
        if (validationFrom < from)
        {
            validationFrom = from;
        }

        return new RiskDataRange(from, to, validationFrom);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
