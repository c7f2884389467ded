namespace DoubleRandom.Application.Risk.Commands.RunRiskJob;

/// <summary>A job that cannot do its work with what it found (e.g. no labelled rows): it fails with this code and text.</summary>
public sealed class RiskJobRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
