namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §1–§2 rules on the officers and recusals snapshots.</summary>
internal static class SnapshotRules
{
    public static void CheckOfficers(IReadOnlyList<OfficerLeaf> officers, List<DrawFieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < officers.Count && errors.Count < Dr1Validation.MaxErrors; i++)
        {
            var o = officers[i];
            if (o is null || !Dr1Limits.IsToken(o.OfficerId) || !Dr1Limits.IsToken(o.Unit) || !Dr1Limits.IsToken(o.Department))
            {
                errors.Add(new DrawFieldError(
                    $"officers[{i}]",
                    "officer id, unit and department must match [0-9A-Za-z._:-]{1,64}",
                    "执法人员编号、单位和部门须为 1 至 64 位字母、数字或 . _ : -"));
            }
            else if (!seen.Add(o.OfficerId))
            {
                errors.Add(new DrawFieldError(
                    $"officers[{i}]",
                    $"officer {o.OfficerId} appears more than once",
                    $"执法人员 {o.OfficerId} 重复出现"));
            }
        }
    }

    public static void CheckRecusals(IReadOnlyList<RecusalLeaf> recusals, List<DrawFieldError> errors)
    {
        // Pairs already in strictly increasing leaf order (as stored, and as a draw prepares them) hold no duplicate:
        // the token check alone is left, without a set of hundreds of thousands of pairs.
        var strictlyIncreasing = true;
        for (var i = 1; i < recusals.Count && strictlyIncreasing; i++)
        {
            strictlyIncreasing = recusals[i - 1] is { } previous && recusals[i] is { } current
                && RecusalLeafOrder.Instance.Compare(previous, current) < 0;
        }

        var seen = strictlyIncreasing ? null : new HashSet<(string, string)>();
        for (var i = 0; i < recusals.Count && errors.Count < Dr1Validation.MaxErrors; i++)
        {
            var r = recusals[i];
            if (r is null || !Dr1Limits.IsToken(r.OfficerId) || !Dr1Limits.IsToken(r.Code))
            {
                errors.Add(new DrawFieldError(
                    $"recusals[{i}]",
                    "officer id and code must match [0-9A-Za-z._:-]{1,64}",
                    "回避关系中的执法人员编号和检查对象代码须为 1 至 64 位字母、数字或 . _ : -"));
            }
            else if (seen is not null && !seen.Add((r.OfficerId, r.Code)))
            {
                errors.Add(new DrawFieldError(
                    $"recusals[{i}]",
                    $"recusal {r.OfficerId}/{r.Code} appears more than once",
                    $"回避关系 {r.OfficerId}/{r.Code} 重复出现"));
            }
        }
    }
}
