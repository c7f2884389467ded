namespace DoubleRandom.Domain.Publication;

/// <summary>Where a task stands with publication (一公开).</summary>
public enum PublicationState
{
    /// <summary>未完成 — the task is not closed yet: no deadline runs.</summary>
    NotCompleted,

    /// <summary>待公示 — closed, not published, the deadline not passed.</summary>
    Due,

    /// <summary>已逾期 — closed, not published, the deadline passed.</summary>
    Overdue,

    /// <summary>已公示 — published by the deadline.</summary>
    Published,

    /// <summary>逾期公示 — published after the deadline.</summary>
    PublishedLate,
}
