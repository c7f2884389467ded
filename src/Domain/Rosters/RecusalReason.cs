namespace DoubleRandom.Domain.Rosters;

/// <summary>回避事由.</summary>
public enum RecusalReason
{
    /// <summary>亲属关系.</summary>
    Kinship,

    /// <summary>曾任职.</summary>
    FormerEmployer,

    /// <summary>曾办理案件.</summary>
    PriorCase,

    /// <summary>其他（须说明）.</summary>
    Other,
}
