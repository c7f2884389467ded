namespace DoubleRandom.Domain.Draws;

public enum AmendmentKind
{
    /// <summary>Replace a drawn officer (§4.3.2).</summary>
    ReplaceOfficer,

    /// <summary>Place a target DR1 left unassigned (§8).</summary>
    PlaceTarget,
}
