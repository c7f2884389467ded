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
