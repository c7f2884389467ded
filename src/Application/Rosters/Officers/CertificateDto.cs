namespace DoubleRandom.Application.Rosters.Officers;

/// <summary>An enforcement certificate (执法证); valid from <c>issuedOn</c> up to, not including, <c>expiresOn</c>.</summary>
public sealed record CertificateDto(string? Type, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn);
