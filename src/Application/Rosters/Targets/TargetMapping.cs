using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

public static class TargetMapping
{
    // Hand-written: the stored |a|b| lists become arrays, which a generated mapper cannot infer.
    public static TargetDto ToDto(this Target t) => new(
        t.Id, t.Code, t.Kind, t.Name, t.LegalRepresentative, t.Address, t.RegionCode, t.IndustrySection, t.IndustryDivision,
        TagList.Split(t.DepartmentCodes), t.RegistrationDate, t.RegisteredCapital, t.Status, t.RiskTier, t.CreditClass,
        TagList.Split(t.Tags), t.Weight, t.DrawReferenceCount, t.IsRetired, t.RetiredAtUtc, t.Version,
        t.CreatedAtUtc, t.CreatedBy, t.UpdatedAtUtc, t.UpdatedBy);
}
