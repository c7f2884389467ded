namespace DoubleRandom.Domain.Risk;

/// <summary>What a risk job does: train a new registry version, or score every active target with the active model.</summary>
public enum RiskJobKind
{
    Train,

    Score,
}
