namespace DoubleRandom.Domain.Draws;

/// <summary>Why an officer is replaced (§4.3.2).</summary>
public enum AmendmentReason
{
    /// <summary>岗位调整.</summary>
    PostAdjustment,

    /// <summary>工作冲突.</summary>
    WorkConflict,

    /// <summary>身体原因.</summary>
    Health,

    /// <summary>回避.</summary>
    Recusal,

    /// <summary>未分配对象的人工分配.</summary>
    Unassigned,
}
