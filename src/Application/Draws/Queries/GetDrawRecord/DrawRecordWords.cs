using System.Globalization;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Draws.Queries.GetDrawRecord;

/// <summary>The task's parameters in the words of the printed record (Chinese): sentences and the strata table's cells.</summary>
public static class DrawRecordWords
{
    public const string BureauLevel = "局本级";

    /// <summary><c>姓名（单位）</c>; a person without a unit works for the whole bureau.</summary>
    public static string Person(string name, string? unit) => $"{name}（{unit ?? BureauLevel}）";

    public static string Stratum(string key)
    {
        var parts = key.Split(':', 2);
        var tier = parts[0] == StratumRule.Unrated ? "未评级" : Enum.TryParse<RiskTier>(parts[0], out var t) ? EnumCatalogue.RiskTierName(t).Chinese : parts[0];
        return parts.Length == 2 ? $"{tier}（区划 {parts[1]}）" : tier;
    }

    public static string Rule(StratumRule? rule) => rule switch
    {
        { RatioBp: { } bp } => string.Create(CultureInfo.InvariantCulture, $"比例 {bp / 100m:0.##}%"),
        { Count: { } count } => string.Create(CultureInfo.InvariantCulture, $"定额 {count} 户"),
        _ => "—",
    };

    public static IReadOnlyList<string> Exclusions(ExclusionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sentences = new List<string>();
        if (rules.InspectedThisYear)
        {
            sentences.Add("排除本年度已被任一已封存的抽取抽中的检查对象。");
        }

        if (rules.InspectedThisYearForSameItem)
        {
            sentences.Add("排除本年度已因相同检查事项被抽中的检查对象。");
        }

        if (rules.OnOpenTaskThisYear)
        {
            sentences.Add("排除本年度尚未结束的检查任务已抽中的检查对象。");
        }

        if (sentences.Count == 0)
        {
            sentences.Add("不排除本年度已被抽中的检查对象。");
        }

        sentences.Add("执法检查人员与检查对象存在回避关系的，不分在同一检查组。");
        return sentences;
    }

    /// <summary>Scope, officers, groups and dates as sentences; codes of departments and units already turned into names.</summary>
    public static IReadOnlyList<string> Parameters(
        TaskSettings settings, DateOnly drawDate, IReadOnlyList<string> requiredDepartments, Func<string, string> department, IReadOnlyList<string> officerUnits)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(department);
        var scope = settings.TargetScope;
        var facets = new List<string>();
        Add(facets, "对象类别", scope.Kinds.Select(k => k.DisplayName().Chinese));
        Add(facets, "行政区划代码开头为", scope.RegionPrefixes);
        Add(facets, "行业代码", scope.Industries);
        Add(facets, "主管部门", scope.Departments.Select(department));
        Add(facets, "标签", scope.Tags);
        Add(facets, "状态", scope.Statuses.Select(s => s.DisplayName().Chinese));
        var sentences = new List<string>
        {
            $"检查对象范围：{(facets.Count == 0 ? "全部检查对象" : string.Join("；", facets))}。",
            $"执法检查人员范围：{(officerUnits.Count == 0 ? "全局执法检查人员" : string.Join("、", officerUnits))}。",
        };
        if (settings.LeadDepartmentCode is { } lead)
        {
            sentences.Add($"牵头部门：{department(lead)}。");
        }

        var certified = settings.MinCertifiedPerGroup > 0 ? $"，其中至少 {settings.MinCertifiedPerGroup} 名持有效执法证件" : string.Empty;
        sentences.Add(string.Create(CultureInfo.InvariantCulture,
            $"分组：共 {settings.Groups} 组，每组 {settings.OfficersPerGroup} 名执法检查人员（含组长 1 名{certified}），每组至多 {settings.TargetsPerGroup} 户检查对象。"));
        if (requiredDepartments.Count > 0)
        {
            sentences.Add($"每组须有以下部门的执法检查人员：{string.Join("、", requiredDepartments.Select(department))}。");
        }

        sentences.Add(settings.AllowOverlap ? "允许抽中本年度其他检查任务同时抽中的对象。" : "同一对象本年度不在两个检查任务中同时被抽中。");
        var disclosure = settings.DisclosureDate is { } d ? $"；结果公示日期：{d:yyyy-MM-dd}" : string.Empty;
        sentences.Add($"资格判定日（抽取日）：{drawDate:yyyy-MM-dd}{disclosure}。");
        return sentences;
    }

    private static void Add(List<string> facets, string label, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            facets.Add($"{label} {string.Join("、", list)}");
        }
    }
}
