using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Risk;

/// <summary>
/// How many targets one re-score took from one tier to another (A→B …; the same tier counts too). <see cref="From"/>
/// is null for a target that had no tier; <see cref="FromModel"/> says whether the old tier came from a model (false:
/// set by hand or by an import).
/// </summary>
public sealed record RiskTierMove(RiskTier? From, bool FromModel, RiskTier To, long Count)
{
    public bool Changed => From != To;

    /// <summary>As the audit entry records it: <c>A(model)→B: 3</c>, <c>B(manual)→B: 10</c>, <c>unrated→C: 5</c>.</summary>
    public override string ToString() =>
        $"{(From is { } from ? $"{from}({(FromModel ? "model" : "manual")})" : "unrated")}→{To}: {Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
