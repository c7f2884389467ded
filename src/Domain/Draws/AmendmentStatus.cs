namespace DoubleRandom.Domain.Draws;

public enum AmendmentStatus
{
    Requested,
    Approved,
    Rejected,
}
