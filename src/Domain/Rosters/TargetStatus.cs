namespace DoubleRandom.Domain.Rosters;

/// <summary>经营状态: a target that is not active is kept on record but usually out of a draw's scope.</summary>
public enum TargetStatus
{
    /// <summary>存续（在营）.</summary>
    Active,

    /// <summary>注销.</summary>
    Deregistered,

    /// <summary>吊销.</summary>
    Revoked,

    /// <summary>迁出.</summary>
    MovedOut,

    /// <summary>列入经营异常名录.</summary>
    AbnormalOperation,
}
