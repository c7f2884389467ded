namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>
/// One sampled unit of a design-based estimate: its design stratum (one stratum of one draw; strata are sampled
/// independently), its inclusion probability λ in (0, 1], its value (1 = a problem found, 0 = none) and whether it
/// belongs to the domain estimated. Units outside the domain still count for the variance of a domain estimate.
/// </summary>
public readonly record struct SurveyUnit(string Stratum, double Lambda, double Y, bool InDomain = true);
