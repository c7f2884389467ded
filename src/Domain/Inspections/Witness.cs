namespace DoubleRandom.Domain.Inspections;

/// <summary>A witness of a refusal to sign: their name, who they are (identity document or role) and optionally a phone.</summary>
public sealed record Witness(string Name, string Identity, string? Phone)
{
    public const int NameMaxLength = 100;
    public const int IdentityMaxLength = 200;
    public const int PhoneMaxLength = 32;
}
