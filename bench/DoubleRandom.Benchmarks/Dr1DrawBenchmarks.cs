using BenchmarkDotNet.Attributes;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Benchmarks;

/// <summary>The whole DR1 computation (roots, seed, sampling, groups, assignment, result) in memory.</summary>
[MemoryDiagnoser]
public class Dr1DrawBenchmarks
{
    private Dr1Input input = null!;

    [Params(1_000_000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup() => input = Dr1Scenario.Create(Targets);

    [Benchmark]
    public Dr1Result Dr1Draw() => Dr1Engine.Run(input, Dr1Scenario.Secret, "3-1-4-1-5-9");
}

/// <summary>Ten million targets: few iterations, the setup alone takes a while.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class Dr1TenMillionBenchmarks
{
    private Dr1Input input = null!;

    [GlobalSetup]
    public void Setup() => input = Dr1Scenario.Create(10_000_000);

    [Benchmark]
    public Dr1Result Dr1Draw10M() => Dr1Engine.Run(input, Dr1Scenario.Secret, "3-1-4-1-5-9");
}
