namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>A demo task the seeder took to its close, with its records.</summary>
public sealed record DemoTask(Guid Id, IReadOnlyList<DemoRecord> Records);
