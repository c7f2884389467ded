using System.Text.Json.Serialization;

namespace DoubleRandom.Domain.Rosters;

/// <summary>检查对象类别 (§3.2.2, §3.2.4).</summary>
public enum TargetKind
{
    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>个体工商户.</summary>
    IndividualBusiness,

    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>社会组织.</summary>
    SocialOrganization,

    /// <summary>产品.</summary>
    Product,

    /// <summary>项目.</summary>
    Project,

    /// <summary>行为.</summary>
    Behaviour,
}

/// <summary>经营状态: a target that is not active is kept on record but usually out of a draw's scope.</summary>
public enum TargetStatus
{
    /// <summary>存续（在营）.</summary>
    Active,

    /// <summary>注销.</summary>
    Deregistered,

    /// <summary>吊销.</summary>
    Revoked,

    /// <summary>迁出.</summary>
    MovedOut,

    /// <summary>列入经营异常名录.</summary>
    AbnormalOperation,
}

/// <summary>风险等级 A–D, A the lowest risk. Null means not rated. Written as capitals in JSON, as everywhere else.</summary>
public enum RiskTier
{
    [JsonStringEnumMemberName("A")]
    A,
    [JsonStringEnumMemberName("B")]
    B,
    [JsonStringEnumMemberName("C")]
    C,
    [JsonStringEnumMemberName("D")]
    D,
}

/// <summary>信用风险分类 A–D, A the best credit.</summary>
public enum CreditClass
{
    [JsonStringEnumMemberName("A")]
    A,
    [JsonStringEnumMemberName("B")]
    B,
    [JsonStringEnumMemberName("C")]
    C,
    [JsonStringEnumMemberName("D")]
    D,
}

public static class TargetKinds
{
    /// <summary>Market entities (and institutions, social organisations) carry a GB 32100 code; the rest a designed code.</summary>
    public static bool UsesCreditCode(this TargetKind kind) => kind is TargetKind.Enterprise or TargetKind.IndividualBusiness
        or TargetKind.PublicInstitution or TargetKind.SocialOrganization;

    public static (string Chinese, string English) DisplayName(this TargetKind kind) => kind switch
    {
        TargetKind.Enterprise => ("企业", "Enterprise"),
        TargetKind.IndividualBusiness => ("个体工商户", "Individual business"),
        TargetKind.PublicInstitution => ("事业单位", "Public institution"),
        TargetKind.SocialOrganization => ("社会组织", "Social organisation"),
        TargetKind.Product => ("产品", "Product"),
        TargetKind.Project => ("项目", "Project"),
        _ => ("行为", "Behaviour"),
    };

    public static (string Chinese, string English) DisplayName(this TargetStatus status) => status switch
    {
        TargetStatus.Active => ("存续", "Active"),
        TargetStatus.Deregistered => ("注销", "Deregistered"),
        TargetStatus.Revoked => ("吊销", "Revoked"),
        TargetStatus.MovedOut => ("迁出", "Moved out"),
        _ => ("列入经营异常名录", "On the abnormal-operation list"),
    };
}
