namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// The nine national publicity categories (国家企业信用信息公示系统) as codes, the ones the result-category reference
/// data of the inspection records is seeded with. Past results name one of these codes (docs/inspections.md).
/// </summary>
public static class OutcomeCategories
{
    public const string NoProblem = "no-problem";
    public const string NotPublicized = "not-publicized";
    public const string FalsePublicity = "false-publicity";
    public const string Unreachable = "unreachable";
    public const string Corrected = "corrected";
    public const string PendingFollowUp = "pending-follow-up";
    public const string Obstructed = "obstructed";
    public const string NoActivity = "no-activity";
    public const string Deregistered = "deregistered";

    /// <summary>Code, Chinese name, whether the category reports a problem — in the national list's order.</summary>
    public static IReadOnlyList<(string Code, string Chinese, bool IndicatesProblem)> All { get; } =
    [
        (NoProblem, "未发现问题", false),
        (NotPublicized, "未按规定公示应当公示的信息", true),
        (FalsePublicity, "公示信息隐瞒真实情况、弄虚作假", true),
        (Unreachable, "通过登记的住所（经营场所）无法联系", true),
        (Corrected, "发现问题已责令改正", true),
        (PendingFollowUp, "发现问题待后续处理", true),
        (Obstructed, "不配合检查情节严重", true),
        (NoActivity, "未发现开展本次抽查涉及的经营活动", false),
        (Deregistered, "已注销或被吊销、已迁出", false),
    ];

    /// <summary>The code of a category given by code or by its Chinese name; null when it is neither.</summary>
    public static string? Resolve(string text) =>
        All.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase) || c.Chinese == text).Code;

    public static bool IndicatesProblem(string code) => All.Any(c => c.Code == code && c.IndicatesProblem);
}
