namespace DoubleRandom.Domain.Inspections;

/// <summary>Where a group's summary stands (汇总表, §6.3), always judged against the current content's hash.</summary>
public enum SummaryStatus
{
    /// <summary>A target has no record yet (未检查): nobody can sign.</summary>
    Incomplete,

    /// <summary>Every target is inspected; members other than the leader still have to sign the current content.</summary>
    NeedsSignatures,

    /// <summary>Every other member signed the current content; the leader's sign-off is missing.</summary>
    AwaitingLeader,

    /// <summary>Every member, the leader last, signed the current content.</summary>
    SignedOff,
}
