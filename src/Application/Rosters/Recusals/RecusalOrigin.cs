namespace DoubleRandom.Application.Rosters.Recusals;

public enum RecusalOrigin
{
    /// <summary>Registered in the recusal registry.</summary>
    Registry,

    /// <summary>Derived: the officer took part in the target's most recent inspection ("not twice in a row").</summary>
    PreviousInspection,
}
