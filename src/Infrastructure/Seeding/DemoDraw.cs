namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>One past risk-weighted draw of the demo history: its task, the day its visits start (they take up to 60 days) and the task's items.</summary>
public sealed record DemoDraw(int Year, int Batch, string TaskName, DateOnly OpensOn, IReadOnlyList<(string Code, string Name)> Items);
