using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

public sealed record DemoOfficer(
    string Number, string Name, string UnitCode, string DepartmentCode, OfficerStatus Status, bool Leader,
    IReadOnlyList<string> Expertise, EnforcementCertificate? Certificate);
