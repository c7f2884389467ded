using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

public static class OfficerMapping
{
    public static OfficerDto ToDto(this Officer o, DateOnly today) => new(
        o.Id, o.Number, o.Name, o.UnitId, o.DepartmentCode, o.Status, o.IsLeaderEligible, o.UserId,
        TagList.Split(o.ExpertiseTags),
        o.Certificates.Select(c => new CertificateDto(c.Type, c.Number, c.IssuedOn, c.ExpiresOn)).ToList(),
        o.IsCertifiedOn(today), o.Version, o.CreatedAtUtc, o.CreatedBy, o.UpdatedAtUtc, o.UpdatedBy);
}
