using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// One target's past as features: as of a scoring day (<see cref="AsOf"/>), or as of each day it was visited, for the
/// items of that visit (<see cref="Examples"/>). Every past fact passes <see cref="PreVisitFacts"/>, so a visit never
/// sees itself, a later visit or a later follow-up step.
/// </summary>
public static class TargetTimeline
{
    /// <summary>The features of a scoring row: the roster's status and tier today, the past before <paramref name="asOf"/>.</summary>
    public static RiskFeatures AsOf(RosterFacts roster, DateOnly asOf, IReadOnlyList<PastVisit>? past, IReadOnlyList<FollowUpStep>? steps)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return Past(asOf, past, steps).Build(roster, roster.Status, roster.Tier);
    }

    /// <summary>
    /// The training rows of one target: one per labelled item, with the features as of the visit's day (the tier it was
    /// drawn in, the roster's facts only when they were already so then, <see cref="PreVisitFacts.Known"/>),
    /// weight 1/λ (estimated when unknown). Visits on or after <see cref="RiskDataRange.ValidationFrom"/> validate.
    /// Returns how many rows had an estimated λ.
    /// </summary>
    public static int Examples(
        RosterFacts roster, IReadOnlyList<PastVisit> past, IReadOnlyList<FollowUpStep>? steps, IReadOnlyList<LabelledItem> items,
        RiskDataRange range, InclusionEstimate estimate, List<RiskExample> training, List<RiskExample> validation)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        var estimated = 0;
        RiskFeatures? features = null;
        foreach (var item in items.Where(i => i.Day >= range.From && i.Day <= range.To).OrderBy(i => i.Day).ThenBy(i => i.Stratum, StringComparer.Ordinal))
        {
            var tier = StratumTiers.TierOf(item.Stratum);
            if (features is null || features.AsOf != item.Day || features.Tier != tier)
            {
                var facts = Past(item.Day, past, steps);
                var known = facts.Known(roster);
                features = facts.Build(known, known.Status, tier);
            }

            var (lambda, guessed) = estimate.Of(item.Lambda, item.Year, item.Stratum);
            estimated += guessed ? 1 : 0;
            (item.Day >= range.ValidationFrom ? validation : training).Add(new RiskExample(features, item.Day, item.Problem, 1 / lambda, guessed));
        }

        return estimated;
    }

    private static PreVisitFacts Past(DateOnly asOf, IReadOnlyList<PastVisit>? past, IReadOnlyList<FollowUpStep>? steps)
    {
        var facts = new PreVisitFacts(asOf);
        foreach (var visit in past ?? [])
        {
            if (facts.Admits(visit.Day))
            {
                facts.Visit(visit);
            }
        }

        foreach (var step in steps ?? [])
        {
            if (facts.Admits(step.Day))
            {
                facts.FollowUp(step);
            }
        }

        return facts;
    }
}
