namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>One kind of answer: the operation (method and route pattern as mapped) and its status.</summary>
public sealed record RecordedStatus(string Method, string RoutePattern, int Status);
