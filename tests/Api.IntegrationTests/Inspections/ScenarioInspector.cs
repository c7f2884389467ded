namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>An officer of the scenario's roster with their inspector account and a client signed in as them.</summary>
internal sealed record ScenarioInspector(Guid OfficerId, string OfficerNumber, string OfficerName, Guid UserId, string UserName, HttpClient Client);
