using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// 检查对象 — one entry of the target roster (§3.2). Keyed by its code, which never changes: draws,
/// recusals and inspection history refer to it. Retiring keeps the row; deleting is refused once a draw
/// has referred to it.
/// </summary>
public sealed class Target : Entity
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int PersonMaxLength = 100;
    public const int AddressMaxLength = 300;
    public const int ListMaxLength = 1000;
    public const int MaxWeight = 1_000_000;

    private Target()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public TargetKind Kind { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? LegalRepresentative { get; private set; }

    public string? Address { get; private set; }

    public string RegionCode { get; private set; } = string.Empty;

    public string? IndustrySection { get; private set; }

    public string? IndustryDivision { get; private set; }

    /// <summary>谁审批、谁监管: the departments responsible, stored as <c>|amr|fire|</c> (see <see cref="TagList"/>).</summary>
    public string DepartmentCodes { get; private set; } = string.Empty;

    public DateOnly? RegistrationDate { get; private set; }

    /// <summary>注册资本, in 万元.</summary>
    public decimal? RegisteredCapital { get; private set; }

    public TargetStatus Status { get; private set; }

    public RiskTier? RiskTier { get; private set; }

    public CreditClass? CreditClass { get; private set; }

    /// <summary>
    /// The risk model's predicted probability of a problem per checked item (0..1), from the scoring that set
    /// <see cref="RiskTier"/>; null when the tier was set by hand or by an import (see <see cref="RiskModelVersion"/>).
    /// </summary>
    public double? RiskScore { get; private set; }

    /// <summary>The registry version number of the model whose scoring set <see cref="RiskTier"/>; null when a person or an import set it.</summary>
    public int? RiskModelVersion { get; private set; }

    /// <summary>分类标注, stored as <c>|a|b|</c>.</summary>
    public string Tags { get; private set; } = string.Empty;

    /// <summary>
    /// When <see cref="Status"/> last changed (UTC); null: not since the row was created (<c>CreatedAtUtc</c>). The risk
    /// features read a fact for a visit only when it changed before the visit (docs/risk-model.md §2); other writes
    /// (a re-score, a tier) leave it alone.
    /// </summary>
    public DateTime? StatusChangedAtUtc { get; private set; }

    /// <summary>When <see cref="CreditClass"/> last changed (UTC); null: not since the row was created.</summary>
    public DateTime? CreditClassChangedAtUtc { get; private set; }

    /// <summary>When <see cref="Tags"/> last changed (UTC); null: not since the row was created.</summary>
    public DateTime? TagsChangedAtUtc { get; private set; }

    /// <summary>When the industry, the region or the registered capital last changed (UTC); null: not since the row was created.</summary>
    public DateTime? ProfileChangedAtUtc { get; private set; }

    /// <summary>A draw weight (1..1000000) that overrides the one derived from the risk tier.</summary>
    public int? Weight { get; private set; }

    /// <summary>How many draws refer to this target; fed by the draw feature. A referenced target cannot be deleted.</summary>
    public int DrawReferenceCount { get; private set; }

    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsRetired => RetiredAtUtc is not null;

    /// <param name="factsKnownSinceUtc">
    /// When the roster's facts are known to have held since (a generated roster whose facts never change, e.g. the demo's);
    /// null: since the row is created (the risk model's training reads a fact only for visits after its change date).
    /// </param>
    public static Target Create(string code, TargetKind kind, TargetDetails details, DateTime? factsKnownSinceUtc = null)
    {
        var target = new Target { Code = code, Kind = kind };
        target.Apply(details, null);
        if (factsKnownSinceUtc is { } since)
        {
            target.StatusChangedAtUtc = since;
            target.CreditClassChangedAtUtc = since;
            target.TagsChangedAtUtc = since;
            target.ProfileChangedAtUtc = since;
        }

        return target;
    }

    /// <summary>An edit: the facts it changes are dated <paramref name="utcNow"/> (their change dates).</summary>
    public void Update(TargetDetails details, DateTime utcNow)
    {
        Rule.Check(!IsRetired, RuleCodes.TargetRetired, Code);
        Apply(details, utcNow);
    }

    public void Retire(DateTime utcNow)
    {
        Rule.Check(!IsRetired, RuleCodes.TargetAlreadyRetired, Code);
        RetiredAtUtc = utcNow;
    }

    /// <summary>A scoring's result: the model's probability, the tier it falls in, and which model version said so.</summary>
    public void SetModelRisk(double probability, RiskTier tier, int modelVersion)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability is in [0, 1].");
        }

        RiskScore = probability;
        RiskTier = tier;
        RiskModelVersion = modelVersion;
    }

    public void EnsureDeletable() =>
        Rule.Check(DrawReferenceCount == 0, RuleCodes.TargetReferencedByDraw, Code, DrawReferenceCount);

    private void Apply(TargetDetails d, DateTime? utcNow)
    {
        Rule.Check(d.Weight is null or >= 1 and <= MaxWeight, RuleCodes.TargetWeightRange);
        Rule.Check(d.RegisteredCapital is null or >= 0, RuleCodes.TargetCapitalNegative);
        var tags = TagList.Join(d.Tags);
        if (utcNow is { } now)
        {
            StatusChangedAtUtc = Status != d.Status ? now : StatusChangedAtUtc;
            CreditClassChangedAtUtc = CreditClass != d.CreditClass ? now : CreditClassChangedAtUtc;
            TagsChangedAtUtc = Tags != tags ? now : TagsChangedAtUtc;
            var profileChanged = IndustrySection != d.IndustrySection || IndustryDivision != d.IndustryDivision
                || RegionCode != d.RegionCode || RegisteredCapital != d.RegisteredCapital;
            ProfileChangedAtUtc = profileChanged ? now : ProfileChangedAtUtc;
        }

        Name = d.Name;
        LegalRepresentative = d.LegalRepresentative;
        Address = d.Address;
        RegionCode = d.RegionCode;
        IndustrySection = d.IndustrySection;
        IndustryDivision = d.IndustryDivision;
        DepartmentCodes = TagList.Join(d.DepartmentCodes);
        RegistrationDate = d.RegistrationDate;
        RegisteredCapital = d.RegisteredCapital;
        Status = d.Status;
        if (RiskTier != d.RiskTier)
        {
            // A tier set by hand or by an import is no longer the model's.
            RiskScore = null;
            RiskModelVersion = null;
        }

        RiskTier = d.RiskTier;
        CreditClass = d.CreditClass;
        Tags = tags;
        Weight = d.Weight;
    }
}
