namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>Where a sample comes from.</summary>
public enum SampleSource
{
    Draw,
    History,
}
