using DoubleRandom.Application.Inspections.Categories;
using DoubleRandom.Application.Inspections.Corrections;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;
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

    public static CorrectionDto ToDto(this RecordCorrection c) => new(
        c.Id, c.RecordId, c.TaskId, c.GroupNumber, c.TargetCode, c.RecordVersion, c.CorrectsVersion, [.. c.Items.Select(i => i.ToDto())],
        c.Reason, c.RequestedBy, c.RequestedAtUtc, c.SupervisingUnitId, c.Status, c.DecisionNote, c.DecidedBy, c.DecidedAtUtc,
        c.ResultingVersion, c.Version);
}
