using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;

/// <summary>
/// Resolves the period (a period starting after today: 422 <c>evaluation-period-in-future</c>), checks that every unit
/// id and department code of the scope exists (400 with the field), then queues the job (its insert audited) and hands
/// it to the worker. Writes nothing on bad input.
/// </summary>
public sealed class GenerateEvaluationReportHandler(
    IApplicationDbContext db, IEvaluationReportQueue queue, EvaluationReportOptions options, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<GenerateEvaluationReportCommand, EvaluationReportJobDto>
{
    public async ValueTask<EvaluationReportJobDto> Handle(GenerateEvaluationReportCommand command, CancellationToken cancellationToken)
    {
        var period = EvaluationPeriod.Of(command.Year, command.Quarter, command.From, command.To);
        if (period.From > clock.Today())
        {
            throw new UnprocessableException(command.Year is null ? "from" : command.Quarter is null ? "year" : "quarter", Text.Of(
                $"期间 {period.Label} 尚未开始，不能评估", $"The period {period.Label} has not begun; it cannot be evaluated."))
            {
                Code = "evaluation-period-in-future",
            };
        }

        var scope = EvaluationScopeDto.Canonical(command.UnitIds, command.DepartmentCodes, command.IndustrySections);
        await CheckScopeAsync(scope, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await EvaluationReportInterruption.EndAsync(db, now.AddSeconds(-options.JobStaleAfterSeconds), now, cancellationToken);
        var job = EvaluationReportJob.Queue(period.From, period.To, period.Label, EvaluationReportJson.Write(scope), actor.Name, actor.UserId, now);
        db.EvaluationReportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(job.Id);
        return EvaluationReportJobDtos.From(job, []);
    }

    private async Task CheckScopeAsync(EvaluationScopeDto scope, CancellationToken ct)
    {
        if (scope.UnitIds.Count > 0)
        {
            var ids = scope.UnitIds.ToList();
            var known = await db.BranchUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
            if (ids.Except(known).ToList() is [var unknown, ..])
            {
                throw RequestValidationException.ForField("unitIds", Text.Of($"单位不存在：{unknown}", $"Unknown unit: {unknown}."));
            }
        }

        if (scope.DepartmentCodes.Count > 0)
        {
            var codes = scope.DepartmentCodes.ToList();
            var known = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct);
            if (codes.FirstOrDefault(c => !known.Contains(c, StringComparer.Ordinal)) is { } unknown)
            {
                throw RequestValidationException.ForField("departmentCodes", Text.Of($"部门不存在：{unknown}", $"Unknown department: {unknown}."));
            }
        }
    }
}
