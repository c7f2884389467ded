namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One plain-language finding, in Chinese and English.</summary>
public sealed record Finding(string Zh, string En);
