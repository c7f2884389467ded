namespace DoubleRandom.Domain.Identity;

/// <summary>The roles of the source standard. A user holds one or more.</summary>
public static class Roles
{
    public const string Administrator = "administrator";
    public const string RosterKeeper = "roster-keeper";
    public const string Operator = "operator";
    public const string Supervisor = "supervisor";
    public const string Leader = "leader";
    public const string Inspector = "inspector";
    public const string Analyst = "analyst";

    public static readonly IReadOnlyList<string> All =
        [Administrator, RosterKeeper, Operator, Supervisor, Leader, Inspector, Analyst];

    /// <summary>Roles that see every unit; the others see their own unit and the units below it.</summary>
    public static readonly IReadOnlySet<string> BureauWide = new HashSet<string>([Administrator, Analyst], StringComparer.Ordinal);

    /// <summary>Display names: Chinese first, English second.</summary>
    public static readonly IReadOnlyDictionary<string, (string Chinese, string English)> DisplayNames =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Administrator] = ("系统管理员", "Administrator"),
            [RosterKeeper] = ("名录库管理员", "Roster keeper"),
            [Operator] = ("抽取人", "Operator"),
            [Supervisor] = ("监督人", "Supervisor"),
            [Leader] = ("领导", "Leader"),
            [Inspector] = ("执法检查人员", "Inspector"),
            [Analyst] = ("分析人员", "Analyst"),
        };

    public static bool IsKnown(string role) => DisplayNames.ContainsKey(role);
}
