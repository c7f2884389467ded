namespace DoubleRandom.Domain.Rosters;

/// <summary>在岗状态 of an officer.</summary>
public enum OfficerStatus
{
    Active,
    Leave,
    Transferred,
    Retired,
}
