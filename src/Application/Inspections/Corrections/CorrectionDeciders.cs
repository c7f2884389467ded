using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// Who decides a correction (§7.2): a leader whose unit scope holds the correction's supervising unit — a leader of that
/// unit or of a unit above it (<see cref="UnitScope.OwnUnitIdsAsync"/>: a bureau-wide read role such as analyst does
/// not make a leader the decider of every unit). A leader who sees the task
/// but not that unit is refused with 403 <c>correction-wrong-unit</c>; the requester is refused by the domain
/// (409 <c>correction-self-approval</c>).
/// </summary>
public sealed class CorrectionDeciders(UnitScope units)
{
    public async Task EnsureAsync(RecordCorrection correction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (!await units.ActsForAsync(correction.SupervisingUnitId, ct))
        {
            throw new ForbiddenException("correction-wrong-unit", Text.Of(
                "只有监管单位（检查组组长所在单位）或其上级单位的领导才能审批该更正",
                "Only a leader of the supervising unit (the unit of the group's leading officer) or a unit above it can decide this correction."));
        }
    }
}
