using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;

/// <summary>A report's header: the title, the period, the scope in words (units' and departments' names, industry sections), who asked, the model version and the inputs' fingerprint.</summary>
public static class EvaluationReportHeaders
{
    public const string Title = "监管效果评估报告";

    public static async Task<ReportHeader> CreateAsync(
        IApplicationDbContext db, EvaluationReportJob job, EvaluationScopeDto scope, int? modelVersion, string fingerprint, string digest,
        DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(scope);
        var ids = scope.UnitIds.ToList();
        var codes = scope.DepartmentCodes.ToList();
        var units = ids.Count == 0 ? [] : await db.BranchUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Name).ToListAsync(ct);
        var departments = codes.Count == 0 ? [] : await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => d.Name).ToListAsync(ct);
        var parts = new List<string>();
        if (units.Count > 0)
        {
            parts.Add("单位：" + string.Join("、", units.Order(StringComparer.Ordinal)));
        }

        if (departments.Count > 0)
        {
            parts.Add("部门：" + string.Join("、", departments.Order(StringComparer.Ordinal)));
        }

        if (scope.IndustrySections.Count > 0)
        {
            parts.Add("行业门类：" + string.Join("、", scope.IndustrySections));
        }

        var scopeLabel = parts.Count == 0 ? "全局（全部单位、部门和行业）" : string.Join("；", parts);
        return new ReportHeader($"{job.PeriodLabel}{Title}", job.PeriodLabel, job.PeriodFrom, job.PeriodTo, scopeLabel, utcNow, job.RequestedBy,
            modelVersion, fingerprint, digest);
    }
}
