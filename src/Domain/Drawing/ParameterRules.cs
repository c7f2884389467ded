namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §3 rules on P alone, checkable before any snapshot exists.</summary>
internal static class ParameterRules
{
    private const string TokenRule = "must match [0-9A-Za-z._:-]{1,64}";
    private const string TokenRuleZh = "须为 1 至 64 位字母、数字或 . _ : -";

    public static void Check(Dr1Parameters p, List<DrawFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(p);
        Token(p.TaskId, "taskId", errors);
        Token(p.DrawId, "drawId", errors);
        foreach (var (key, allocation) in p.Allocation ?? new Dictionary<string, StratumAllocation>())
        {
            var field = $"allocation.{key}";
            Token(key, field, errors);
            if (allocation is null || (allocation.RatioBp is null) == (allocation.Count is null))
            {
                errors.Add(new DrawFieldError(field, "give exactly one of ratioBp or count", "须且只能给出 ratioBp 或 count 之一"));
            }
            else if (allocation.RatioBp is < 0 or > Dr1Limits.MaxRatioBp)
            {
                errors.Add(new DrawFieldError(field + ".ratioBp", "ratioBp must be between 0 and 10000", "ratioBp 须在 0 至 10000 之间"));
            }
            else if (allocation.Count is < 0)
            {
                errors.Add(new DrawFieldError(field + ".count", "count must not be negative", "count 不能为负数"));
            }
        }

        AtLeastOne(p.Groups, "groups", "检查组数", errors);
        AtLeastOne(p.OfficersPerGroup, "officersPerGroup", "每组执法人员数", errors);
        AtLeastOne(p.TargetsPerGroup, "targetsPerGroup", "每组检查对象数", errors);
        if (p.MinCertifiedPerGroup < 0 || p.MinCertifiedPerGroup > p.OfficersPerGroup)
        {
            errors.Add(new DrawFieldError(
                "minCertifiedPerGroup",
                "minCertifiedPerGroup must be between 0 and officersPerGroup",
                "每组持证人数须在 0 与每组执法人员数之间"));
        }

        var departments = p.RequiredDepartments ?? [];
        for (var i = 0; i < departments.Count; i++)
        {
            Token(departments[i], $"requiredDepartments[{i}]", errors);
            if (i > 0 && string.CompareOrdinal(departments[i - 1], departments[i]) >= 0)
            {
                errors.Add(new DrawFieldError(
                    "requiredDepartments", "requiredDepartments must be sorted and unique", "联合检查部门须按顺序排列且不得重复"));
                break;
            }
        }
    }

    private static void Token(string? value, string field, List<DrawFieldError> errors)
    {
        if (!Dr1Limits.IsToken(value))
        {
            errors.Add(new DrawFieldError(field, $"{field} {TokenRule}", $"{field} {TokenRuleZh}"));
        }
    }

    private static void AtLeastOne(int value, string field, string nameZh, List<DrawFieldError> errors)
    {
        if (value < 1)
        {
            errors.Add(new DrawFieldError(field, $"{field} must be at least 1", $"{nameZh}至少为 1"));
        }
    }
}
