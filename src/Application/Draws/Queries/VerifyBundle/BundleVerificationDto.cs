using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Queries.VerifyBundle;

/// <summary>
/// The answer of <c>POST /public/draws/verify</c>: <c>verified</c> only when <c>status</c> is <c>verified</c>;
/// <c>mismatch</c> the first difference in the request's language, with its <c>field</c> (bundle JSON path), what the
/// bundle says and what was <c>recomputed</c> or <c>published</c>.
/// </summary>
public sealed record BundleVerificationDto(
    bool Verified, BundleVerificationStatus Status, bool SecretRevealed, string? Mismatch, string? Field, string? BundleSays,
    string? Recomputed, string? Published);
