using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// 检查记录 — one visit of one drawn target for one task (§4.1.1: one visit, all items; §6.2): how and when it was
/// inspected, where, a result per item of the task, and the target's acknowledgement (§6.2.5) — a signature image or a
/// refusal certified by at least two witnesses. One record per (task, target); it is revised, never duplicated.
/// </summary>
public sealed class InspectionRecord : Entity, ITaskOwned
{
    public const int PlaceMaxLength = 300;
    public const int RefusalReasonMaxLength = 1000;
    public const int MinimumWitnesses = 2;
    public const int MaximumWitnesses = 10;

    private readonly List<ItemResult> _items = [];
    private readonly List<Witness> _witnesses = [];

    private InspectionRecord()
    {
    }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public Guid DrawId { get; private set; }

    public int GroupNumber { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public string TargetName { get; private set; } = string.Empty;

    public InspectionMethod Method { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime FinishedAtUtc { get; private set; }

    public string? Place { get; private set; }

    /// <summary>WGS-84 latitude in degrees, −90..90.</summary>
    public double? Latitude { get; private set; }

    /// <summary>WGS-84 longitude in degrees, −180..180.</summary>
    public double? Longitude { get; private set; }

    /// <summary>One result per item of the task, in the task's item order.</summary>
    public IReadOnlyList<ItemResult> Items => _items;

    /// <summary>The user who wrote the record first.</summary>
    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedAtUtc { get; private set; }

    public AcknowledgementKind AcknowledgementKind { get; private set; }

    /// <summary>SHA-256 (hex) of the signature image in the attachment store, when signed.</summary>
    public string? SignatureSha256 { get; private set; }

    public string? SignatureContentType { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The witnesses of a refusal (at least two, distinct); empty otherwise.</summary>
    public IReadOnlyList<Witness> Witnesses => _witnesses;

    public string? AcknowledgedBy { get; private set; }

    public DateTime? AcknowledgedAtUtc { get; private set; }

    /// <summary>
    /// The version of the results (§7.2): 1 as written and revised until final, then one more per approved correction
    /// (<see cref="RecordCorrection"/>; every version is kept as an <see cref="InspectionRecordVersion"/>).
    /// </summary>
    public int ContentVersion { get; private set; } = 1;

    /// <summary>When the last approved correction changed the results; null when never corrected.</summary>
    public DateTime? CorrectedAtUtc { get; private set; }

    /// <summary>
    /// A record for a target of an effective group of a sealed draw. <paramref name="taskItemIds"/> are the task's items:
    /// the visit must give a result for each of them exactly once.
    /// </summary>
    public static InspectionRecord Create(
        Guid taskId, Guid drawId, int groupNumber, string targetCode, string targetName, InspectionVisit visit,
        IReadOnlyList<Guid> taskItemIds, string recordedBy, DateTime utcNow)
    {
        var record = new InspectionRecord
        {
            TaskId = taskId, DrawId = drawId, GroupNumber = groupNumber, TargetCode = targetCode, TargetName = targetName,
            RecordedBy = recordedBy, RecordedAtUtc = CanonicalJson.TruncateToMicroseconds(utcNow), AcknowledgementKind = AcknowledgementKind.None,
        };
        record.Revise(visit, taskItemIds);
        return record;
    }

    /// <summary>
    /// Replaces the visit's facts and results (a revision). A revision that changes what the target acknowledged — the
    /// method, times, place, coordinates or any item result — resets the acknowledgement to none: the target signs the
    /// changed content again (or a refusal is recorded again). A revision with identical content keeps it.
    /// </summary>
    public void Revise(InspectionVisit visit, IReadOnlyList<Guid> taskItemIds)
    {
        Check(visit, taskItemIds);
        var ordered = taskItemIds.Select(id => visit.Items.Single(i => i.ItemId == id)).ToList();
        var changed = Method != visit.Method || StartedAtUtc != visit.StartedAtUtc || FinishedAtUtc != visit.FinishedAtUtc
            || Place != visit.Place || Latitude != visit.Latitude || Longitude != visit.Longitude || !_items.SequenceEqual(ordered);
        if (!changed)
        {
            return;
        }

        Method = visit.Method;
        StartedAtUtc = visit.StartedAtUtc;
        FinishedAtUtc = visit.FinishedAtUtc;
        Place = visit.Place;
        Latitude = visit.Latitude;
        Longitude = visit.Longitude;
        if (!_items.SequenceEqual(ordered))
        {
            _items.Clear();
            _items.AddRange(ordered);
        }

        ClearAcknowledgement();
    }

    /// <summary>
    /// An approved correction (§7.2) replaces the results of a final record: the next content version. The acknowledgement
    /// stays — the target acknowledged the visit; what was corrected afterwards is the correction's trail, not a new visit.
    /// </summary>
    public void Correct(IReadOnlyList<ItemResult> items, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items.Clear();
        _items.AddRange(items);
        ContentVersion++;
        CorrectedAtUtc = CanonicalJson.TruncateToMicroseconds(utcNow);
    }

    /// <summary>The target signed the inspection notice; the image is stored by its SHA-256.</summary>
    public void Sign(string sha256, string contentType, string by, DateTime utcNow)
    {
        _witnesses.Clear();
        Acknowledge(AcknowledgementKind.Signed, sha256, contentType, null, by, utcNow);
    }

    /// <summary>The target refused to sign (拒绝签字认定书): a reason and at least two distinct witnesses.</summary>
    public void Refuse(string reason, IReadOnlyList<Witness> witnesses, string by, DateTime utcNow)
    {
        Rule.Check(!string.IsNullOrWhiteSpace(reason), RuleCodes.RefusalReasonRequired);
        Rule.Check(
            witnesses.Select(w => (w.Name.Trim(), w.Identity.Trim())).Distinct().Count() >= MinimumWitnesses,
            RuleCodes.RefusalWitnesses, MinimumWitnesses);
        if (!_witnesses.SequenceEqual(witnesses))
        {
            _witnesses.Clear();
            _witnesses.AddRange(witnesses);
        }

        Acknowledge(AcknowledgementKind.Refused, null, null, reason, by, utcNow);
    }

    private void ClearAcknowledgement()
    {
        if (AcknowledgementKind == AcknowledgementKind.None)
        {
            return;
        }

        _witnesses.Clear();
        Acknowledge(AcknowledgementKind.None, null, null, null, null, null);
    }

    private void Acknowledge(AcknowledgementKind kind, string? sha256, string? contentType, string? reason, string? by, DateTime? utcNow)
    {
        AcknowledgementKind = kind;
        SignatureSha256 = sha256;
        SignatureContentType = contentType;
        RefusalReason = reason;
        AcknowledgedBy = by;
        AcknowledgedAtUtc = utcNow is { } t ? CanonicalJson.TruncateToMicroseconds(t) : null; // as stored: a response's ETag is the next GET's
    }

    private static void Check(InspectionVisit visit, IReadOnlyList<Guid> taskItemIds)
    {
        Rule.Check(visit.FinishedAtUtc >= visit.StartedAtUtc, RuleCodes.RecordFinishedBeforeStarted);
        Rule.Check(visit.Latitude is null == visit.Longitude is null, RuleCodes.RecordCoordinates);
        Rule.Check(visit.Latitude is null or (>= -90 and <= 90) && visit.Longitude is null or (>= -180 and <= 180), RuleCodes.RecordCoordinates);
        var given = visit.Items.GroupBy(i => i.ItemId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var id in taskItemIds)
        {
            Rule.Check(given.GetValueOrDefault(id) == 1, RuleCodes.RecordItemsIncomplete, id);
        }

        var extra = given.Keys.FirstOrDefault(id => !taskItemIds.Contains(id));
        Rule.Check(extra == Guid.Empty, RuleCodes.RecordItemNotInTask, extra);
    }
}
