namespace DoubleRandom.Domain.Tasks;

/// <summary>Draft → Prepared (a draw is committed) → Drawn (sealed) → Closed (revealed). A failed draw returns to Prepared-able.</summary>
public enum InspectionTaskStatus
{
    Draft,
    Prepared,
    Drawn,
    Closed,
}
