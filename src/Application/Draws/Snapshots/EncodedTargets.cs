namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>A targets snapshot: the gzip data and the index of its members.</summary>
public sealed record EncodedTargets(byte[] Data, string MemberIndex);
