using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// One version of a final record's results (§7.2: the original stays visible). Written when a correction is approved:
/// the first approval also keeps version 1, the results as they became final; each approval adds the version it
/// produced. Never changed afterwards.
/// </summary>
public sealed class InspectionRecordVersion : Entity, ITaskOwned
{
    private readonly List<ItemResult> _items = [];

    private InspectionRecordVersion()
    {
    }

    public Guid RecordId { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>1 for the results as they became final, then 2, 3… one per approved correction.</summary>
    public int Number { get; private set; }

    /// <summary>The results of this version, in the task's item order.</summary>
    public IReadOnlyList<ItemResult> Items => _items;

    /// <summary>Who made this content: the recorder for version 1, the approving leader for a correction.</summary>
    public string MadeBy { get; private set; } = string.Empty;

    public DateTime MadeAtUtc { get; private set; }

    /// <summary>The approved correction that produced this version; null for version 1.</summary>
    public Guid? CorrectionId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>The record's current results as version <see cref="InspectionRecord.ContentVersion"/>.</summary>
    public static InspectionRecordVersion Of(InspectionRecord record, string madeBy, DateTime madeAtUtc, Guid? correctionId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var version = new InspectionRecordVersion
        {
            RecordId = record.Id, TaskId = record.TaskId, Number = record.ContentVersion, MadeBy = madeBy,
            MadeAtUtc = CanonicalJson.TruncateToMicroseconds(madeAtUtc), CorrectionId = correctionId,
        };
        version._items.AddRange(record.Items);
        return version;
    }
}
