using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Infrastructure.Seeding;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>generate-demo --targets N --seed S --out DIR [--officers M]</c>: writes a synthetic Ningxia roster as
/// import-ready CSV (targets.csv, officers.csv, recusals.csv) and
/// five years of simulated inspection history with a documented ground truth (inspections.csv, docs/demo-data.md). Streams, so 10,000,000 targets need no more memory than 1,000.
/// </summary>
internal static class GenerateDemoCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        long targets = 1000;
        ulong seed = 42;
        int? officers = null;
        var folder = "data/demo";
        try
        {
            for (var i = 1; i < args.Length; i += 2)
            {
                var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--targets": targets = long.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--seed": seed = ulong.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--officers": officers = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--out": folder = value; break;
                    default: throw new FormatException($"unknown option {args[i]}");
                }
            }

            if (targets is < 1 or > 100_000_000)
            {
                throw new FormatException("--targets is 1..100000000");
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            stderr.WriteLine($"{ex.Message}\nusage: generate-demo --targets 1000000 --seed 42 --out data/demo [--officers 2000]");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var counts = DemoCsvWriter.Write(folder, targets, seed, officers);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {counts.Targets} targets, {counts.Officers} officers, {counts.Recusals} recusals, {counts.Outcomes} inspection results to {Path.GetFullPath(folder)} in {watch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
