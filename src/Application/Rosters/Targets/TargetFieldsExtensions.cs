using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

internal static class TargetFieldsExtensions
{
    public static TargetDetails ToDetails(this ITargetFields f, IReferenceData reference) => new(
        f.Name!, f.LegalRepresentative, f.Address, f.RegionCode!, f.IndustrySection ?? reference.SectionFor(f.IndustryDivision),
        f.IndustryDivision, f.DepartmentCodes ?? [], f.RegistrationDate, f.RegisteredCapital, f.Status ?? TargetStatus.Active,
        f.RiskTier, f.CreditClass, f.Tags ?? [], f.Weight);

    /// <summary>A division alone implies its section.</summary>
    public static string? SectionFor(this IReferenceData reference, string? division) =>
        division is { Length: 2 } && int.TryParse(division, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? reference.SectionOfDivision(n)?.Section
            : null;
}
