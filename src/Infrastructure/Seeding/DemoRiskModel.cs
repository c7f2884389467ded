using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// The ground truth of the demo inspection history (docs/demo-data.md lists the same numbers): the true probability
/// that one inspected item of one visit finds a problem, <c>p_i = logistic(η_i + u_i)</c>, where <c>η_i</c> is a
/// linear predictor of features the roster holds before any visit and <c>u_i ~ N(0, 0.5²)</c> a per-target random
/// effect (what the features do not say about the target). A fitted risk model can be compared with these coefficients.
/// </summary>
public static class DemoRiskModel
{
    public const double Intercept = -2.6;

    /// <summary>Standard deviation of the per-target random effect on the logit scale.</summary>
    public const double RandomEffectSd = 0.5;

    /// <summary>Risk tier A (lowest) … D.</summary>
    public static readonly IReadOnlyDictionary<RiskTier, double> Tier = new Dictionary<RiskTier, double>
    {
        [RiskTier.A] = 0, [RiskTier.B] = 0.4, [RiskTier.C] = 0.9, [RiskTier.D] = 1.5,
    };

    /// <summary>Credit class A (best) … D.</summary>
    public static readonly IReadOnlyDictionary<CreditClass, double> Credit = new Dictionary<CreditClass, double>
    {
        [CreditClass.A] = 0, [CreditClass.B] = 0.2, [CreditClass.C] = 0.5, [CreditClass.D] = 0.9,
    };

    public static readonly IReadOnlyDictionary<TargetKind, double> Kind = new Dictionary<TargetKind, double>
    {
        [TargetKind.Enterprise] = 0, [TargetKind.IndividualBusiness] = 0.2, [TargetKind.PublicInstitution] = -0.6,
        [TargetKind.SocialOrganization] = -0.4, [TargetKind.Product] = 0.3, [TargetKind.Project] = 0, [TargetKind.Behaviour] = 0.1,
    };

    /// <summary>GB/T 4754 sections with an effect; every other section 0.</summary>
    public static readonly IReadOnlyDictionary<string, double> Section = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["H"] = 0.5, ["C"] = 0.3, ["Q"] = 0.3, ["F"] = 0.2,
    };

    /// <summary>Targets of Yinchuan's districts and counties (region codes 6401xx).</summary>
    public const double Yinchuan = -0.2;

    /// <summary>Registered less than two years before <see cref="DemoRosterGenerator.Anchor"/>.</summary>
    public const double NewBusiness = 0.4;

    /// <summary>Per year since registration at the anchor day, counting at most 20 years.</summary>
    public const double PerYearOfAge = -0.02;

    /// <summary>A registered capital (万元) under 10.</summary>
    public const double SmallCapital = 0.2;

    /// <summary>A registered capital of 1,000 万元 or more.</summary>
    public const double LargeCapital = -0.3;

    /// <summary>Any 分类标注 tag (食品经营, 特种设备, 重点监管 …).</summary>
    public const double Tagged = 0.3;

    /// <summary>η_i: the part of the logit the roster's features explain.</summary>
    public static double LinearPredictor(TargetRow t)
    {
        var eta = Intercept + Kind[t.Kind];
        eta += t.RiskTier is { } tier ? Tier[tier] : 0;
        eta += t.CreditClass is { } credit ? Credit[credit] : 0;
        eta += t.IndustrySection is { } section ? Section.GetValueOrDefault(section) : 0;
        eta += t.RegionCode.StartsWith("6401", StringComparison.Ordinal) ? Yinchuan : 0;
        if (t.RegistrationDate is { } registered)
        {
            var years = (DemoRosterGenerator.Anchor.DayNumber - registered.DayNumber) / 365.25;
            eta += (years < 2 ? NewBusiness : 0) + (PerYearOfAge * Math.Min(years, 20));
        }

        eta += t.RegisteredCapital switch
        {
            < 10m => SmallCapital,
            >= 1000m => LargeCapital,
            _ => 0,
        };
        return eta + (string.IsNullOrEmpty(t.Tags) ? 0 : Tagged);
    }

    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
