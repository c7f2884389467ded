using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

/// <summary>An enforcement certificate (执法证); valid from <c>issuedOn</c> up to, not including, <c>expiresOn</c>.</summary>
public sealed record CertificateDto(string? Type, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn);

/// <summary>An officer as the API returns it. <c>certified</c>: holds a valid certificate today (Asia/Shanghai).</summary>
public sealed record OfficerDto(
    Guid Id,
    string Number,
    string Name,
    Guid UnitId,
    string DepartmentCode,
    OfficerStatus Status,
    bool IsLeaderEligible,
    Guid? UserId,
    IReadOnlyList<string> ExpertiseTags,
    IReadOnlyList<CertificateDto> Certificates,
    bool Certified,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);

public static class OfficerMapping
{
    public static OfficerDto ToDto(this Officer o, DateOnly today) => new(
        o.Id, o.Number, o.Name, o.UnitId, o.DepartmentCode, o.Status, o.IsLeaderEligible, o.UserId,
        TagList.Split(o.ExpertiseTags),
        o.Certificates.Select(c => new CertificateDto(c.Type, c.Number, c.IssuedOn, c.ExpiresOn)).ToList(),
        o.IsCertifiedOn(today), o.Version, o.CreatedAtUtc, o.CreatedBy, o.UpdatedAtUtc, o.UpdatedBy);
}
