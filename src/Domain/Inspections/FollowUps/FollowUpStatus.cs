namespace DoubleRandom.Domain.Inspections.FollowUps;

/// <summary>
/// 后续处置状态 (§7.1): handed over → in progress → rectified or case filed → closed, one step at a time; closed is final.
/// </summary>
public enum FollowUpStatus
{
    /// <summary>已移交: handed to the supervising unit, not yet taken up.</summary>
    HandedOver,

    /// <summary>处置中: the supervising unit is dealing with it.</summary>
    InProgress,

    /// <summary>已整改: the target put it right.</summary>
    Rectified,

    /// <summary>已立案: a case was filed (立案查处).</summary>
    CaseFiled,

    /// <summary>已办结: closed; final.</summary>
    Closed,
}
