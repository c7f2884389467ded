using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// 检查结果类别 — reference data: the categories results are published under through the national enterprise credit
/// information publicity system. Seeded with the nine national ones; an administrator may add, rename, reorder and retire
/// (never delete: records keep the code they were written with).
/// </summary>
public sealed class ResultCategory : Entity
{
    public const int CodeMaxLength = 32;
    public const int NameZhMaxLength = 100;
    public const int NameEnMaxLength = 200;

    private ResultCategory()
    {
    }

    /// <summary>The nine categories of the national publicity system, with fixed ids so that the migration seeds them.</summary>
    public static IReadOnlyList<SeededResultCategory> National { get; } =
    [
        new(new Guid("0193a000-0000-7000-8000-000000000001"), "no-problem", "未发现问题", "No problem found", false, 10),
        new(new Guid("0193a000-0000-7000-8000-000000000002"), "undisclosed-information", "未按规定公示应当公示的信息",
            "Information that must be disclosed was not disclosed as required", true, 20),
        new(new Guid("0193a000-0000-7000-8000-000000000003"), "false-disclosure", "公示信息隐瞒真实情况、弄虚作假",
            "Disclosed information conceals the facts or is falsified", true, 30),
        new(new Guid("0193a000-0000-7000-8000-000000000004"), "unreachable-at-address", "通过登记的住所（经营场所）无法联系",
            "Cannot be reached at the registered domicile (place of business)", true, 40),
        new(new Guid("0193a000-0000-7000-8000-000000000005"), "ordered-to-rectify", "发现问题已责令改正",
            "Problem found and ordered to be rectified", true, 50),
        new(new Guid("0193a000-0000-7000-8000-000000000006"), "pending-follow-up", "发现问题待后续处理",
            "Problem found, pending follow-up", true, 60),
        new(new Guid("0193a000-0000-7000-8000-000000000007"), "serious-non-cooperation", "不配合检查情节严重",
            "Seriously uncooperative with the inspection", true, 70),
        new(new Guid("0193a000-0000-7000-8000-000000000008"), "no-relevant-activity", "未发现开展本次抽查涉及的经营活动",
            "No business activity covered by this inspection was found", false, 80),
        new(new Guid("0193a000-0000-7000-8000-000000000009"), "deregistered-revoked-or-moved", "已注销或被吊销、已迁出",
            "Deregistered, licence revoked, or moved out", false, 90),
    ];

    public string Code { get; private set; } = string.Empty;

    public string NameZh { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    /// <summary>Whether a result in this category is a finding (counts as a problem for follow-up and the risk model).</summary>
    public bool IndicatesProblem { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Retired categories stay for the records that use them; new results cannot choose them.</summary>
    public bool IsRetired { get; private set; }

    public static ResultCategory Create(string code, string nameZh, string nameEn, bool indicatesProblem, int sortOrder) =>
        new() { Code = code, NameZh = nameZh, NameEn = nameEn, IndicatesProblem = indicatesProblem, SortOrder = sortOrder };

    public void Update(string nameZh, string nameEn, bool indicatesProblem, int sortOrder, bool retired)
    {
        NameZh = nameZh;
        NameEn = nameEn;
        IndicatesProblem = indicatesProblem;
        SortOrder = sortOrder;
        IsRetired = retired;
    }

    public void EnsureUsable() => Rule.Check(!IsRetired, RuleCodes.ResultCategoryRetired, Code);
}
