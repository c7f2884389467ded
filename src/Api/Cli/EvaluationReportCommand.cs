using System.Globalization;
using DoubleRandom.Api.Hosting.Demo;
using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;
using DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReport;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFigures;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFile;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>report evaluation --year 2026 [--quarter N | --from yyyy-MM-dd --to yyyy-MM-dd] [--unit CODE]… [--department CODE]…
/// [--industry X]… --out report.pdf|.html</c>: generates the report in this process through the same use cases as
/// <c>POST /api/v1/evaluation-reports</c> (the job recorded and audited as the actor <c>cli</c>), writes the file (the
/// format from the extension) and prints the fingerprint and the headline figures. Exit 0 written; 1 the generation
/// failed or was cancelled; 2 bad arguments (a Chinese message saying which).
/// </summary>
internal static class EvaluationReportCommand
{
    public const string Usage =
        "用法 usage: report evaluation --year 2026 [--quarter N | --from yyyy-MM-dd --to yyyy-MM-dd] [--unit CODE]... [--department CODE]... [--industry X]... --out report.pdf|report.html";

    public const string Actor = "cli";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["evaluation", .. var options])
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var (parsed, error) = EvaluationReportArguments.Parse(options);
        if (parsed is null)
        {
            await stderr.WriteLineAsync(error);
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = new DemoActor(Actor, null, [], null);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var unitIds = new List<Guid>();
        foreach (var code in parsed.Units.Distinct(StringComparer.Ordinal))
        {
            var id = await db.BranchUnits.AsNoTracking().Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
            if (id is null)
            {
                await stderr.WriteLineAsync($"单位代码不存在：{code}");
                return 2;
            }

            unitIds.Add(id.Value);
        }

        EvaluationReportJobDto queued;
        try
        {
            queued = await mediator.Send(new GenerateEvaluationReportCommand(
                parsed.Year, parsed.Quarter, parsed.From, parsed.To, unitIds, parsed.Departments, parsed.Industries));
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                await stderr.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }
        catch (UnprocessableException e)
        {
            await stderr.WriteLineAsync($"{e.Code}: {e.Message}");
            return 2;
        }

        await stdout.WriteLineAsync($"作业 job {queued.Id}（{queued.PeriodLabel}）");
        await mediator.Send(new RunEvaluationReportCommand(queued.Id, new ConsoleEvaluationProgress(stdout)));
        var job = await WaitAsync(mediator, queued.Id);
        if (job.Status != EvaluationReportStatus.Succeeded)
        {
            await stderr.WriteLineAsync($"{job.Status}: {job.ErrorCode} {job.ErrorMessage}");
            return 1;
        }

        var file = await mediator.Send(new GetEvaluationReportFileQuery(job.Id, parsed.Format));
        await File.WriteAllBytesAsync(parsed.Out, file.Content);
        var report = await mediator.Send(new GetEvaluationReportFiguresQuery(job.Id));
        await stdout.WriteLineAsync($"指纹 fingerprint: {job.Fingerprint}");
        await stdout.WriteLineAsync($"数据摘要 data digest: {job.DataDigest}");
        if (job.ReusedFromId is { } reused)
        {
            await stdout.WriteLineAsync($"复用 reused: {reused}（输入相同，数据与文件相同）");
        }

        foreach (var headline in report.Summary.Headlines)
        {
            await stdout.WriteLineAsync($"  {headline.Label}: {headline.Display}");
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"已写入 written: {parsed.Out}（{file.Content.LongLength:N0} 字节 bytes, sha256 {file.Sha256}）"));
        return 0;
    }

    /// <summary>The job once finished (the service's worker, when running in the same process, may have run it instead).</summary>
    private static async Task<EvaluationReportJobDto> WaitAsync(IMediator mediator, Guid id)
    {
        while (true)
        {
            var job = await mediator.Send(new GetEvaluationReportQuery(id));
            if (job.Status is not (EvaluationReportStatus.Queued or EvaluationReportStatus.Running))
            {
                return job;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
