namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// The codes of the nine national result categories (<see cref="ResultCategory.National"/>, seeded reference data)
/// that the demo history simulation writes.
/// </summary>
public static class OutcomeCategories
{
    public const string NoProblem = "no-problem";
    public const string NotDisclosed = "undisclosed-information";
    public const string FalseDisclosure = "false-disclosure";
    public const string Unreachable = "unreachable-at-address";
    public const string OrderedToRectify = "ordered-to-rectify";
    public const string PendingFollowUp = "pending-follow-up";
    public const string NonCooperation = "serious-non-cooperation";
    public const string NoActivity = "no-relevant-activity";
    public const string Deregistered = "deregistered-revoked-or-moved";
}
