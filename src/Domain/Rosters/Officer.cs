using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Rosters;

/// <summary>在岗状态 of an officer.</summary>
public enum OfficerStatus
{
    Active,
    Leave,
    Transferred,
    Retired,
}

public static class OfficerStatuses
{
    public static (string Chinese, string English) DisplayName(this OfficerStatus status) => status switch
    {
        OfficerStatus.Active => ("在岗", "Active"),
        OfficerStatus.Leave => ("休假", "On leave"),
        OfficerStatus.Transferred => ("调离", "Transferred"),
        _ => ("退休", "Retired"),
    };
}

/// <summary>执法证: valid from the issue date up to (not including) the expiry date.</summary>
public sealed record EnforcementCertificate(string Type, string Number, DateOnly IssuedOn, DateOnly ExpiresOn)
{
    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date < ExpiresOn;
}

public sealed record OfficerDetails(
    string Name,
    Guid UnitId,
    string DepartmentCode,
    OfficerStatus Status,
    bool IsLeaderEligible,
    Guid? UserId,
    IReadOnlyList<string> ExpertiseTags,
    IReadOnlyList<EnforcementCertificate> Certificates);

/// <summary>
/// 执法检查人员 (§3.3, §5.5). The number is the officer id in DR1 snapshots, so it never changes.
/// An officer with no certificate valid on a day is not "certified" for a draw on that day.
/// </summary>
public sealed class Officer : Entity
{
    public const int NumberMaxLength = 64;
    public const int NameMaxLength = 100;

    private readonly List<EnforcementCertificate> _certificates = [];

    private Officer()
    {
    }

    public string Number { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public string DepartmentCode { get; private set; } = string.Empty;

    public OfficerStatus Status { get; private set; }

    /// <summary>执法组长库: may lead an inspection group.</summary>
    public bool IsLeaderEligible { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>业务专长, stored as <c>|a|b|</c>.</summary>
    public string ExpertiseTags { get; private set; } = string.Empty;

    public IReadOnlyList<EnforcementCertificate> Certificates => _certificates;

    public static Officer Create(string number, OfficerDetails details)
    {
        var officer = new Officer { Number = number };
        officer.Apply(details);
        return officer;
    }

    public void Update(OfficerDetails details) => Apply(details);

    public bool IsCertifiedOn(DateOnly date) => _certificates.Any(c => c.IsValidOn(date));

    private void Apply(OfficerDetails d)
    {
        Rule.Check(d.Certificates.All(c => c.IssuedOn < c.ExpiresOn), "certificate-dates", "A certificate expires after it is issued.");
        Name = d.Name;
        UnitId = d.UnitId;
        DepartmentCode = d.DepartmentCode;
        Status = d.Status;
        IsLeaderEligible = d.IsLeaderEligible;
        UserId = d.UserId;
        ExpertiseTags = TagList.Join(d.ExpertiseTags);
        if (!_certificates.SequenceEqual(d.Certificates))
        {
            _certificates.Clear();
            _certificates.AddRange(d.Certificates);
        }
    }
}
