using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Recusals;

public static class RecusalMapping
{
    public static RecusalDto ToDto(this Recusal r) => new(
        r.Id, r.OfficerId, r.TargetCode, r.Reason, r.Note, r.ValidFrom, r.ValidTo, r.RecordedBy, r.Version,
        r.CreatedAtUtc, r.UpdatedAtUtc, r.UpdatedBy);
}
