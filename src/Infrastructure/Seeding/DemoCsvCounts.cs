namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>What <c>generate-demo</c> wrote: rows of targets.csv, officers.csv, recusals.csv and inspections.csv.</summary>
public sealed record DemoCsvCounts(long Targets, int Officers, int Recusals, long Outcomes);
