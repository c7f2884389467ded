using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks;

internal static class TaskFields
{
    private static readonly string[] Tiers = ["A", "B", "C", "D", StratumRule.Unrated];

    public static TaskSettings ToSettings(this ITaskFields f) => new(
        [.. f.ItemIds!.Distinct()],
        f.LeadDepartmentCode,
        new TargetScope(
            f.TargetScope?.Kinds ?? [], f.TargetScope?.RegionPrefixes ?? [], f.TargetScope?.Industries ?? [],
            f.TargetScope?.Departments ?? [], f.TargetScope?.Tags ?? [], f.TargetScope?.Statuses is { Count: > 0 } s ? s : [TargetStatus.Active]),
        new OfficerScope(f.OfficerUnitIds ?? []),
        f.Exclusions ?? ExclusionRules.Default,
        f.Strata!,
        f.Groups!.Value, f.OfficersPerGroup!.Value, f.TargetsPerGroup!.Value, f.MinCertifiedPerGroup ?? 0,
        f.DisclosureDate, f.AllowOverlap ?? false, f.RiskWeighting ?? RiskWeighting.Tier, f.UniformShareBp ?? TaskSettings.DefaultUniformShareBp);

    public static void AddTaskRules<T>(this AbstractValidator<T> v, IApplicationDbContext db, TaskRiskOptions risk)
        where T : ITaskFields
    {
        v.RuleFor(c => c.RiskWeighting).IsInEnum();
        v.RuleFor(c => c.UniformShareBp).InclusiveBetween(0, 10_000)
            .WithMessage(_ => Text.Of("均匀份额 uniformShareBp 应在 0 到 10000 个基点之间", "The uniform share uniformShareBp is 0 to 10000 basis points."));
        v.RuleFor(c => c.Year).NotNull().InclusiveBetween(2000, 2100);
        v.RuleFor(c => c.Name).NotEmpty().MaximumLength(InspectionTask.NameMaxLength);
        v.RuleFor(c => c.ItemIds).NotEmpty().Must(i => i is null || i.Count <= 50)
            .MustAsync(async (ids, ct) => ids is null || await db.InspectionItems.CountAsync(i => ids.Contains(i.Id) && !i.IsRetired, ct) == ids.Distinct().Count())
            .WithMessage(_ => Text.Of("抽查事项不存在或已停用", "An inspection item does not exist or is retired."));
        v.RuleFor(c => c.Groups).NotNull().InclusiveBetween(1, 10_000);
        v.RuleFor(c => c.OfficersPerGroup).NotNull().InclusiveBetween(2, 50)
            .WithMessage(_ => Text.Of("每组至少 2 名执法人员（现场检查须两人以上）", "At least 2 officers per group (on-site inspections need two)."));
        v.RuleFor(c => c.TargetsPerGroup).NotNull().InclusiveBetween(1, 1_000_000);
        v.RuleFor(c => c.MinCertifiedPerGroup).InclusiveBetween(0, 50)
            .Must((c, m) => m is null || c.OfficersPerGroup is null || m <= c.OfficersPerGroup)
            .WithMessage(_ => Text.Of("每组最少持证人数不能超过每组人数", "Certified officers per group cannot exceed officers per group."));
        v.RuleFor(c => c.Strata).NotEmpty().Must(s => s is null || s.Count <= 100);
        // FluentValidation's child rules skip null items; a null stratum or list entry is refused here instead.
        v.RuleForEach(c => c.Strata).NotNull().ChildRules(r =>
        {
            r.RuleFor(x => x.Tier).Must(t => Tiers.Contains(t))
                .WithMessage(_ => Text.Of("风险等级应为 A、B、C、D 或 U（未评级）", "The tier is A, B, C, D or U (unrated)."));
            r.RuleFor(x => x.RegionPrefix).Matches("^[0-9]{2,6}$").When(x => x.RegionPrefix is not null);
            r.RuleFor(x => x).Must(x => (x.RatioBp is null) != (x.Count is null))
                .WithMessage(_ => Text.Of("每个分层须且只能给出 ratioBp 或 count 之一", "Give exactly one of ratioBp or count."));
            r.RuleFor(x => x.RatioBp).InclusiveBetween(0, 10_000);
            r.RuleFor(x => x.RatioBp).GreaterThanOrEqualTo(risk.MinimumTierRatioBp).When(x => x.RatioBp is >= 0 and <= 10_000)
                .WithMessage(_ => Text.Of(
                    $"每个风险等级的抽查比例不得低于 {risk.MinimumTierRatioBp} 个基点（选项 Draws:MinimumTierRatioBp），使各等级都有被抽中的可能",
                    $"Every tier draws at least {risk.MinimumTierRatioBp} basis points (option Draws:MinimumTierRatioBp), so no tier is left out."));
            r.RuleFor(x => x.Count).InclusiveBetween(1, 10_000_000)
                .WithMessage(_ => Text.Of(
                    "按数量抽取的分层至少抽 1 户（0 会使该风险等级永不被抽中）",
                    "A count stratum draws at least 1 target (0 would leave its tier out of every draw)."));
        });
        v.RuleFor(c => c.Strata).Must(s => s is null || s.Any(x => x is null) || s.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == s.Count)
            .WithMessage(_ => Text.Of("分层重复", "A stratum is listed twice."));
        v.RuleForEach(c => c.TargetScope!.RegionPrefixes).NotNull().Matches("^[0-9]{2,6}$").When(c => c.TargetScope?.RegionPrefixes is not null);
        v.RuleForEach(c => c.TargetScope!.Tags).NotEmpty().MaximumLength(64).When(c => c.TargetScope?.Tags is not null);
        v.RuleForEach(c => c.TargetScope!.Departments).NotEmpty().MaximumLength(32).When(c => c.TargetScope?.Departments is not null);
        v.RuleForEach(c => c.TargetScope!.Industries).NotNull().Matches("^([A-T]|[0-9]{2})$").When(c => c.TargetScope?.Industries is not null);
        v.RuleFor(c => c.OfficerUnitIds)
            .MustAsync(async (ids, ct) => ids is null || ids.Count == 0 || await db.BranchUnits.CountAsync(u => ids.Contains(u.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Text.Of("派出机构不存在", "A branch unit does not exist."));
        v.RuleFor(c => c.LeadDepartmentCode).MaximumLength(32);
        v.RuleFor(c => c.DisclosureDate)
            .Must((c, d) => d is null || c.Year is null || d.Value.Year >= c.Year)
            .WithMessage(_ => Text.Of("公示日期不能早于任务年度", "The disclosure date cannot be before the task year."));
    }

    public static Task<InspectionTask> GetTaskAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.InspectionTasks.GetOrNotFoundAsync(id, RecordNames.InspectionTask, ct);

    /// <summary>A joint task (items of several departments) names one lead department among them.</summary>
    public static async Task CheckLeadDepartmentAsync(this IApplicationDbContext db, ITaskFields f, CancellationToken ct)
    {
        var ids = f.ItemIds!;
        var departments = await db.InspectionItems.Where(i => ids.Contains(i.Id)).Select(i => i.DepartmentCode).Distinct().ToListAsync(ct);
        if (departments.Count > 1 && (f.LeadDepartmentCode is null || !departments.Contains(f.LeadDepartmentCode)))
        {
            throw RequestValidationException.ForField("leadDepartmentCode",
                Text.Of("联合抽查须指定牵头部门（事项所属部门之一）", "A joint task needs a lead department, one of its items' departments."));
        }
    }

    public static void CheckDr1Parameters(TaskSettings s)
    {
        var p = new Dr1Parameters("t", "d", s.Strata.ToDictionary(r => r.Key, r => new StratumAllocation(r.RatioBp, r.Count), StringComparer.Ordinal),
            s.Groups, s.OfficersPerGroup, s.TargetsPerGroup, s.MinCertifiedPerGroup, []);
        var errors = Dr1Validation.ValidateParameters(p);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => Text.Of(e.MessageZh, e.Message)).ToArray(), StringComparer.Ordinal));
        }
    }
}
