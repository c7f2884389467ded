namespace DoubleRandom.Application.Risk;

/// <summary>A stored model file that cannot be loaded (damaged, or written for other features).</summary>
public sealed class RiskModelFormatException(string message, Exception? inner = null) : Exception(message, inner);
