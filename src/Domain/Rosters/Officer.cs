using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Rosters;

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
        Rule.Check(d.Certificates.All(c => c.IssuedOn < c.ExpiresOn), RuleCodes.CertificateDates);
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
