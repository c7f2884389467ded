using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>How many targets a re-score took from one tier to another.</summary>
/// <param name="From">The tier before; null when the target had none.</param>
/// <param name="FromModel">Whether the tier before came from a model (false: set by hand or by an import, or none).</param>
/// <param name="Changed">Whether the tier changed (From ≠ To).</param>
public sealed record RiskTierMoveDto(RiskTier? From, bool FromModel, RiskTier To, long Count, bool Changed)
{
    public static RiskTierMoveDto Of(RiskTierMove m) => new(m.From, m.FromModel, m.To, m.Count, m.Changed);
}
