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
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.StartTraining;

/// <summary>
/// Resolves the range, refuses (writing nothing) when a risk job is unfinished (409 <c>risk-job-running</c>), when no
/// labelled result lies before the validation start (409 <c>risk-no-labelled-rows</c>) or none from it on (409
/// <c>risk-no-validation-rows</c>), or an unknown trainer is named (400); then queues the job (202).
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
        Rule.Check(await AnyLabelledAsync(range.From, range.ValidationFrom.AddDays(-1), cancellationToken), RuleCodes.RiskNoLabelledRows,
            Day(range.From), Day(range.ValidationFrom.AddDays(-1)));
        Rule.Check(await AnyLabelledAsync(range.ValidationFrom, range.To, cancellationToken), RuleCodes.RiskNoValidationRows,
            Day(range.ValidationFrom), Day(range.To));

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

    /// <summary>Whether a labelled result (an imported or simulated outcome, or an inspection record) falls in [from, to].</summary>
    private async Task<bool> AnyLabelledAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            return false;
        }

        if (await db.InspectionOutcomes.AnyAsync(o => o.InspectedOn >= from && o.InspectedOn <= to, ct))
        {
            return true;
        }

        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await db.InspectionRecords.AnyAsync(r => r.StartedAtUtc >= start && r.StartedAtUtc < end, ct);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
