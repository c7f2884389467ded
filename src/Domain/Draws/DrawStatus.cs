namespace DoubleRandom.Domain.Draws;

/// <summary>Prepared (committed, public) → Sealed or Failed (final). Reveal publishes s without changing the state.</summary>
public enum DrawStatus
{
    Prepared,
    Sealed,
    Failed,
}
