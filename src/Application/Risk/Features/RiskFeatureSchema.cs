using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// The model's features, in the one order every model of this schema reads them, and how a <see cref="RiskFeatures"/>
/// row becomes their values. A stored model records <see cref="Fingerprint"/>; a model of another fingerprint cannot be
/// activated. Change the list only with a new <see cref="Version"/>.
/// </summary>
public static class RiskFeatureSchema
{
    public const string Version = "rf-1";

    /// <summary>Days since the last inspection for a target never inspected (ten years: "long ago").</summary>
    public const float NeverInspectedDays = 3650;

    /// <summary>Ages are capped here (older registrations are alike).</summary>
    public const float MaxAgeYears = 50;

    public static IReadOnlyList<RiskFeatureDefinition> Categorical { get; } =
    [
        new("kind", RiskFeatureKind.Categorical, "对象类别", "kind"),
        new("industrySection", RiskFeatureKind.Categorical, "行业门类", "industry section"),
        new("industryDivision", RiskFeatureKind.Categorical, "行业大类", "industry division"),
        new("region", RiskFeatureKind.Categorical, "所在地市", "prefecture"),
        new("status", RiskFeatureKind.Categorical, "登记状态", "status"),
        new("tier", RiskFeatureKind.Categorical, "风险等级", "risk tier"),
        new("creditClass", RiskFeatureKind.Categorical, "信用等级", "credit class"),
        new("capitalBand", RiskFeatureKind.Categorical, "注册资本区间", "registered-capital band"),
    ];

    public static IReadOnlyList<RiskFeatureDefinition> Numeric { get; } =
    [
        new("ageYears", RiskFeatureKind.Numeric, "成立年限", "age in years"),
        new("ageUnknown", RiskFeatureKind.Numeric, "成立日期未知", "registration date unknown"),
        new("newBusiness", RiskFeatureKind.Numeric, "成立不满两年", "registered less than two years"),
        new("tagCount", RiskFeatureKind.Numeric, "分类标注数", "number of tags"),
        new("pastInspections", RiskFeatureKind.Numeric, "既往检查次数", "past inspections"),
        new("pastProblems", RiskFeatureKind.Numeric, "既往发现问题数", "past problems"),
        new("decayedInspections", RiskFeatureKind.Numeric, "近期检查次数（时间衰减）", "recent inspections (decayed)"),
        new("decayedProblems", RiskFeatureKind.Numeric, "近期发现问题数（时间衰减）", "recent problems (decayed)"),
        new("daysSinceLastInspection", RiskFeatureKind.Numeric, "距上次检查天数", "days since the last inspection"),
        new("neverInspected", RiskFeatureKind.Numeric, "从未被检查", "never inspected"),
        new("followUpsCaseFiled", RiskFeatureKind.Numeric, "既往立案查处数", "past cases filed"),
        new("followUpsRectified", RiskFeatureKind.Numeric, "既往整改完成数", "past rectifications"),
        new("followUpsOpen", RiskFeatureKind.Numeric, "未办结后续处置数", "open follow-ups"),
    ];

    /// <summary>Categorical features first, then numeric ones: the model's feature list.</summary>
    public static IReadOnlyList<RiskFeatureDefinition> All { get; } = [.. Categorical, .. Numeric];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>SHA-256 (hex) of the version and the ordered "name:kind" list.</summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        Version + "\n" + string.Join('\n', All.Select(f => $"{f.Name}:{f.Kind}")))));

    public static RiskFeatureDefinition? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The prefecture (first four digits of the division code) the model reads as the region.</summary>
    public static string RegionOf(string regionCode) => regionCode.Length >= 4 ? regionCode[..4] : regionCode;

    /// <summary>Registered capital in 万元 as a band: none, under 10, 10–100, 100–1,000, 1,000 or more.</summary>
    public static string CapitalBand(decimal? capital) => capital switch
    {
        null => "none",
        < 10m => "lt10",
        < 100m => "10-100",
        < 1000m => "100-1000",
        _ => "ge1000",
    };

    /// <summary>Writes the row's categorical values (in <see cref="Categorical"/> order) and numeric values (in <see cref="Numeric"/> order).</summary>
    public static void Encode(RiskFeatures f, Span<string> categorical, Span<float> numeric)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (categorical.Length != Categorical.Count || numeric.Length != Numeric.Count)
        {
            throw new ArgumentException("The spans must have one place per feature of the schema.");
        }

        categorical[0] = f.Kind.ToString();
        categorical[1] = f.IndustrySection ?? "none";
        categorical[2] = f.IndustryDivision ?? "none";
        categorical[3] = RegionOf(f.RegionCode);
        categorical[4] = f.Status.ToString();
        categorical[5] = f.Tier?.ToString() ?? "U";
        categorical[6] = f.CreditClass?.ToString() ?? "U";
        categorical[7] = CapitalBand(f.RegisteredCapital);

        numeric[0] = f.AgeYears is { } age ? (float)Math.Clamp(age, 0, MaxAgeYears) : 0;
        numeric[1] = f.AgeYears is null ? 1 : 0;
        numeric[2] = f.AgeYears is < 2 ? 1 : 0;
        numeric[3] = f.TagCount;
        numeric[4] = f.PastInspections;
        numeric[5] = f.PastProblems;
        numeric[6] = (float)f.DecayedInspections;
        numeric[7] = (float)f.DecayedProblems;
        numeric[8] = f.DaysSinceLastInspection is { } days ? Math.Min(days, NeverInspectedDays) : NeverInspectedDays;
        numeric[9] = f.DaysSinceLastInspection is null ? 1 : 0;
        numeric[10] = f.FollowUpsCaseFiled;
        numeric[11] = f.FollowUpsRectified;
        numeric[12] = f.FollowUpsOpen;
    }

    /// <summary>The row's value of one feature as a person reads it (for explanations).</summary>
    public static string Display(RiskFeatures f, string name)
    {
        ArgumentNullException.ThrowIfNull(f);
        var categorical = new string[Categorical.Count];
        var numeric = new float[Numeric.Count];
        Encode(f, categorical, numeric);
        for (var i = 0; i < Categorical.Count; i++)
        {
            if (string.Equals(Categorical[i].Name, name, StringComparison.Ordinal))
            {
                return categorical[i];
            }
        }

        for (var i = 0; i < Numeric.Count; i++)
        {
            if (string.Equals(Numeric[i].Name, name, StringComparison.Ordinal))
            {
                return numeric[i].ToString("0.###", CultureInfo.InvariantCulture);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "Not a feature of the schema.");
    }
}
