namespace DoubleRandom.Application.Risk.Features;

/// <summary>A target's final inspection records as training reads them: one past visit each, and their items to learn from.</summary>
public sealed record RecordedTarget(List<PastVisit> Visits, List<LabelledItem> Items);
