namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>The Chinese name of a key of a dimension ("region" 640100 → 银川市, "industry" C → 制造业, "tier" A → A类（低风险）).</summary>
public sealed record LabelFact(string Dimension, string Key, string Label);
