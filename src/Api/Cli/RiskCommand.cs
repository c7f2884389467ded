using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Commands.RunRiskJob;
using DoubleRandom.Application.Risk.Commands.StartScoring;
using DoubleRandom.Application.Risk.Commands.StartTraining;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Queries.GetRiskJob;
using DoubleRandom.Application.Risk.Queries.GetRiskModel;
using DoubleRandom.Application.Risk.Scoring.Queries.ExplainTarget;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Mediator;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>risk train [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--validation-from yyyy-mm-dd] [--unweighted]</c>: trains in this
/// process (the same use cases as <c>POST /api/v1/risk/trainings</c>, the job recorded and audited as the actor
/// <c>system</c>) with its progress on the console, then prints the trainer comparison and the new registry version
/// (not active: activate it through the API). <c>risk score</c>: scores every active target with the active version.
/// <c>risk explain &lt;code&gt; [--en]</c>: why the target has its tier (the explanation query of
/// <c>GET /api/v1/risk/targets/{code}/explanation</c>), in Chinese or English. Exit 0 succeeded, 1 refused, failed or
/// unknown target (the reason printed), 2 usage. A service running on the same database refuses
/// to start a second job meanwhile (one unfinished risk job at a time).
/// </summary>
internal static class RiskCommand
{
    public const string Usage =
        "usage: risk train [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--validation-from yyyy-mm-dd] [--unweighted] | risk score | risk explain <code> [--en]";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["explain", var code, .. var language] && language is [] or ["--en"])
        {
            return await ExplainAsync(app, code, language is ["--en"], stdout, stderr);
        }

        ICommand<RiskJobDto>? start = args switch
        {
            ["train", .. var options] => ParseTraining(options),
            ["score"] => new StartScoringCommand(),
            _ => null,
        };
        if (start is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        try
        {
            var queued = await mediator.Send(start);
            await stdout.WriteLineAsync($"作业 job {queued.Id} ({queued.Kind})");
            await mediator.Send(new RunRiskJobCommand(queued.Id, new ConsoleRiskProgress(stdout, clock)));
            var job = await mediator.Send(new GetRiskJobQuery(queued.Id));
            if (job.Status != RiskJobStatus.Succeeded)
            {
                await stderr.WriteLineAsync($"{job.Status}: {job.ErrorCode} {job.ErrorMessage}");
                return 1;
            }

            if (job.Kind == RiskJobKind.Score)
            {
                await stdout.WriteLineAsync($"已评分 scored: {job.RowsDone} 个检查对象 targets, 模型版本 model version v{job.ModelVersion}, rescore {job.RescoreId}");
                return 0;
            }

            await PrintModelAsync(mediator, job.ModelId!.Value, stdout);
            return 0;
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                await stderr.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 1;
        }
        catch (BusinessRuleViolationException e)
        {
            await stderr.WriteLineAsync($"{e.Code}: {RuleTexts.Detail(e)}");
            return 1;
        }
    }

    private static async Task<int> ExplainAsync(WebApplication app, string code, bool english, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(english ? "en" : "zh-CN");
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            var e = await mediator.Send(new ExplainTargetQuery(code));
            await stdout.WriteLineAsync($"{e.TargetCode} {e.TargetName}: {e.Tier?.ToString() ?? "-"}");
            await stdout.WriteLineAsync(e.Summary);
            foreach (var c in e.Contributions)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {(c.RaisesRisk ? "+" : "-")} {c.Sentence} ({c.Name} = {c.Value}, {c.Contribution:+0.000;-0.000})"));
            }

            return 0;
        }
        catch (RequestValidationException e)
        {
            await stderr.WriteLineAsync(string.Join(" ", e.Errors.SelectMany(x => x.Value)));
            return 1;
        }
        catch (NotFoundException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static StartTrainingCommand? ParseTraining(IReadOnlyList<string> options)
    {
        var command = new StartTrainingCommand();
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == "--unweighted")
            {
                command = command with { Weighted = false };
                continue;
            }

            if (i + 1 >= options.Count || !DateOnly.TryParseExact(options[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            command = options[i++] switch
            {
                "--from" => command with { From = day },
                "--to" => command with { To = day },
                "--validation-from" => command with { ValidationFrom = day },
                _ => null,
            };
            if (command is null)
            {
                return null;
            }
        }

        return command;
    }

    private static async Task PrintModelAsync(IMediator mediator, Guid modelId, TextWriter stdout)
    {
        var model = await mediator.Send(new GetRiskModelQuery(modelId));
        var s = model.Summary;
        await stdout.WriteLineAsync("训练器比较（验证集，按 1/λ 加权） trainers on validation (weighted):");
        await stdout.WriteLineAsync("  trainer            AUC     PR-AUC  logloss  Brier   lift@budget  seconds");
        foreach (var c in model.Candidates)
        {
            var v = c.Validation;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(c.Chosen ? "* " : "  ")}{c.Trainer,-18} {v.Auc,6:0.0000}  {v.PrAuc,6:0.0000}  {v.LogLoss,7:0.0000}  {v.Brier,6:0.0000}  {v.LiftAtBudget,11:0.00}  {c.Seconds,7:0.0}"));
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"新版本 new version v{s.Version} ({s.Id}): {s.Trainer}, rows {s.TrainingRows:N0} + {s.ValidationRows:N0} (λ estimated {s.EstimatedWeightRows:N0}), weighted {s.Weighted}, sha256 {s.FileSha256}"));
        await stdout.WriteLineAsync("未启用 not active: POST /api/v1/risk/models/{id}/activation");
    }
}
