using BenchmarkDotNet.Attributes;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Benchmarks;

/// <summary>The expensive stages of a one-million-target draw, to see where the time goes.</summary>
[MemoryDiagnoser]
public class Dr1StageBenchmarks
{
    private Dr1Input input = null!;
    private TargetTable table = null!;
    private KeyedHash seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        input = Dr1Scenario.Create(1_000_000);
        table = BuildTable();
        seed = new KeyedHash(Dr1Scenario.Secret);
    }

    [Benchmark]
    public int Dr1StageValidateAndSort() => BuildTable().Order.Length;

    [Benchmark]
    public string Dr1StageTargetsRoot() => MerkleTree.TargetsRoot(table);

    [Benchmark]
    public int Dr1StageSampleLargestStratum()
    {
        var members = Enumerable.Range(0, table.StratumOf.Length).Where(i => table.StratumOf[i] == 0).ToArray();
        return ParetoSampler.Draw(table, 0, members, members.Length / 200, seed).Selected.Count;
    }

    private TargetTable BuildTable() => TargetTable.Build(input.Parameters, input.Targets, [], 50);
}
