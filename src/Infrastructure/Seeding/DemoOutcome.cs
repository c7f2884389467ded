namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>One generated past result: a target, the visit's day, the task, one item, its result category and how the target was drawn.</summary>
public sealed record DemoOutcome(
    string TargetCode, DateOnly InspectedOn, int Year, string TaskName, string ItemCode, string ItemName, string Category, double Lambda, string Stratum);
