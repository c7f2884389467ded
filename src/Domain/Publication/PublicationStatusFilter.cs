namespace DoubleRandom.Domain.Publication;

/// <summary>The publication list's filter: what is still to publish, what is overdue, what is published (in time or late).</summary>
public enum PublicationStatusFilter
{
    /// <summary>待公示.</summary>
    Due,

    /// <summary>已逾期.</summary>
    Overdue,

    /// <summary>已公示（含逾期公示）.</summary>
    Published,
}
