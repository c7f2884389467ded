namespace DoubleRandom.Domain.Rosters;

/// <summary>执法证: valid from the issue date up to (not including) the expiry date.</summary>
public sealed record EnforcementCertificate(string Type, string Number, DateOnly IssuedOn, DateOnly ExpiresOn)
{
    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date < ExpiresOn;
}
