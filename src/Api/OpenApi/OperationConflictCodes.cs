namespace DoubleRandom.Api.OpenApi;

/// <summary>Endpoint metadata: the <c>code</c>s an operation's 409 problem can carry.</summary>
internal sealed record OperationConflictCodes(IReadOnlyList<string> Codes);
