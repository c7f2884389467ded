using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

internal static class OfficerFieldsExtensions
{
    public static OfficerDetails ToDetails(this IOfficerFields f) => new(
        f.Name!, f.UnitId!.Value, f.DepartmentCode!, f.Status ?? OfficerStatus.Active, f.IsLeaderEligible ?? false, f.UserId,
        f.ExpertiseTags ?? [],
        (f.Certificates ?? []).Select(c => new EnforcementCertificate(c.Type!, c.Number!, c.IssuedOn!.Value, c.ExpiresOn!.Value)).ToList());

    public static Task<Officer> GetOfficerAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Officers.GetOrNotFoundAsync(id, RecordNames.Officer, ct);
}
