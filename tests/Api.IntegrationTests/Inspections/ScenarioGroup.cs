namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>One sealed group of the scenario's draw: its inspectors in order (the first leads) and its target codes.</summary>
internal sealed record ScenarioGroup(int Number, IReadOnlyList<ScenarioInspector> Inspectors, IReadOnlyList<string> TargetCodes)
{
    public ScenarioInspector Leader => Inspectors[0];

    public ScenarioInspector Member => Inspectors[1];
}
