using DoubleRandom.Application.Inspections.Categories;
using DoubleRandom.Application.Inspections.FollowUps;
using DoubleRandom.Application.Inspections.Corrections;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Inspections;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class InspectionsMapper
{
    public static partial ResultCategoryDto ToDto(this ResultCategory category);

    public static partial ItemResultDto ToDto(this ItemResult result);

    public static partial WitnessDto ToDto(this Witness witness);

    public static InspectionRecordDto ToDto(this InspectionRecord r) => new(
        r.Id, r.TaskId, r.DrawId, r.GroupNumber, r.TargetCode, r.TargetName, r.Method, r.StartedAtUtc, r.FinishedAtUtc, r.Place,
        r.Latitude, r.Longitude, [.. r.Items.Select(i => i.ToDto())],
        new AcknowledgementDto(
            r.AcknowledgementKind, r.SignatureSha256, r.SignatureContentType, r.RefusalReason, [.. r.Witnesses.Select(w => w.ToDto())],
            r.AcknowledgedBy, r.AcknowledgedAtUtc),
        r.RecordedBy, r.RecordedAtUtc, r.UpdatedBy, r.UpdatedAtUtc, r.Version, r.ContentVersion, r.CorrectedAtUtc);

    public static partial FollowUpEventDto ToDto(this FollowUpEvent step);

    /// <summary>A follow-up as the API shows it: <paramref name="today"/> (Asia/Shanghai) decides whether it is overdue.</summary>
    public static FollowUpDto ToDto(this FollowUp f, string supervisingUnitName, DateOnly today) => new(
        f.Id, f.TaskId, f.RecordId, f.TargetCode, f.TargetName, f.ItemId, f.ItemName, f.ResultCategoryCode, f.Findings, f.SupervisingUnitId,
        supervisingUnitName, f.Deadline, f.Status, f.IsOverdue(today), f.HandedOverBy, f.HandedOverAtUtc, f.ClosedAtUtc,
        [.. f.History.Select(e => e.ToDto())], f.UpdatedAtUtc, f.Version);

    public static CorrectionDto ToDto(this RecordCorrection c) => new(
        c.Id, c.RecordId, c.TaskId, c.GroupNumber, c.TargetCode, c.RecordVersion, c.CorrectsVersion, [.. c.Items.Select(i => i.ToDto())],
        c.Reason, c.RequestedBy, c.RequestedAtUtc, c.SupervisingUnitId, c.Status, c.DecisionNote, c.DecidedBy, c.DecidedAtUtc,
        c.ResultingVersion, c.Version);
}
