namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>A 201 or 202 and the <c>Location</c> it answered with (empty when none).</summary>
public sealed record CreatedLocation(RecordedStatus Answer, string Location);
