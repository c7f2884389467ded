namespace DoubleRandom.Application.Inspections;

/// <summary>
/// A signature given on the summary: <see cref="Current"/> when its hash is the current content's; otherwise the content
/// changed after it was given and the member is asked to sign again.
/// </summary>
public sealed record SummarySignatureDto(
    Guid Id, Guid OfficerId, string OfficerName, bool Leader, string ContentSha256, DateTime SignedAtUtc, bool Current);
