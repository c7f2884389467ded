namespace DoubleRandom.Domain.Rosters;

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
