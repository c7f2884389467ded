namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Endpoint metadata: a response of <paramref name="Status"/> carries the header <paramref name="Name"/>, or, when
/// <paramref name="Omitted"/>, does not carry it although the rule for its status would say so (a 201 without Location).
/// </summary>
internal sealed record ResponseHeaderMetadata(int Status, string Name, bool Omitted = false);
