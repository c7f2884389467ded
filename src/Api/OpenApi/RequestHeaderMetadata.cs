namespace DoubleRandom.Api.OpenApi;

/// <summary>Endpoint metadata: the request carries the header <paramref name="Name"/> (one of <see cref="RequestHeadersOperationFilter"/>'s).</summary>
internal sealed record RequestHeaderMetadata(string Name, bool Required);
