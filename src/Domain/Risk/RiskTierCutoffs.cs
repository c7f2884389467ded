using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Risk;

/// <summary>
/// The bureau's one setting of how model scores become tiers A–D (A the lowest risk, D the highest, as in the roster):
/// three increasing cut values in (0, 1), read as probability thresholds or as population quantiles. Until someone
/// sets them the default holds: quantiles 50 %, 80 %, 95 % (half the roster A, 30 % B, 15 % C, 5 % D).
/// </summary>
public sealed class RiskTierCutoffs : Entity
{
    public const double DefaultFirst = 0.5;
    public const double DefaultSecond = 0.8;
    public const double DefaultThird = 0.95;

    public const string BureauScope = "bureau";

    private RiskTierCutoffs()
    {
    }

    /// <summary>The one setting's key (a unique index keeps it one row, however many first saves race).</summary>
    public string Scope { get; private set; } = BureauScope;

    public RiskTierCutoffMode Mode { get; private set; }

    public double First { get; private set; }

    public double Second { get; private set; }

    public double Third { get; private set; }

    public static RiskTierCutoffs Default() => new()
    {
        Mode = RiskTierCutoffMode.Quantiles,
        First = DefaultFirst,
        Second = DefaultSecond,
        Third = DefaultThird,
    };

    /// <summary>Whether three cut values are usable: each in (0, 1), strictly increasing.</summary>
    public static bool AreValid(double first, double second, double third) =>
        first > 0 && first < second && second < third && third < 1;

    public void Change(RiskTierCutoffMode mode, double first, double second, double third)
    {
        if (!AreValid(first, second, third))
        {
            throw new ArgumentOutOfRangeException(nameof(first), "The cut values must increase strictly within (0, 1).");
        }

        (Mode, First, Second, Third) = (mode, first, second, third);
    }

    /// <summary>The tier of a probability under three probability thresholds (already resolved from quantiles if need be).</summary>
    public static RiskTier TierOf(double probability, double first, double second, double third) =>
        probability < first ? RiskTier.A : probability < second ? RiskTier.B : probability < third ? RiskTier.C : RiskTier.D;
}
