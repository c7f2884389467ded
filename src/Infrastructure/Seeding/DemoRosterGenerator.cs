using System.Numerics;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// A synthetic Ningxia: targets in the 22 county-level divisions (Yinchuan's weighted up), GB/T 4754 sections
/// in shares like a real register, kinds in realistic proportions, valid credit codes, risk tiers
/// A 65.5 % / B 25 % / C 8 % / D 1.5 %. Same seed → same rows, at any size (it streams).
/// Dates are relative to a fixed day so a seed's output never depends on when it runs.
/// </summary>
public sealed class DemoRosterGenerator(ulong seed)
{
    /// <summary>The day demo dates count back from.</summary>
    public static readonly DateOnly Anchor = new(2026, 11, 1);

    private static readonly (TargetKind Kind, double Share)[] Kinds =
    [
        (TargetKind.IndividualBusiness, 0.62), (TargetKind.Enterprise, 0.30), (TargetKind.PublicInstitution, 0.015),
        (TargetKind.SocialOrganization, 0.01), (TargetKind.Product, 0.035), (TargetKind.Project, 0.01), (TargetKind.Behaviour, 0.01),
    ];

    private static readonly double[] TierShares = [0.655, 0.25, 0.08, 0.015];
    private static readonly double[] StatusShares = [0.92, 0.03, 0.01, 0.01, 0.03];

    // 31^9 subject identifiers; an odd multiplier not divisible by 31 makes index → identifier a bijection.
    private static readonly BigInteger SubjectSpace = BigInteger.Pow(31, 9);
    private const long SubjectMultiplier = 1_000_000_007;

    public static IReadOnlyList<(string Code, string Name)> Counties { get; } = ReferenceData.Shared.Regions
        .Where(r => r.ParentCode is not null && r.ParentCode != "640000").Select(r => (r.Code, r.Name)).ToList();

    public IEnumerable<TargetRow> Targets(long count)
    {
        var random = new SeededRandom(seed);
        var countyWeights = Counties.Select(c => c.Code.StartsWith("6401", StringComparison.Ordinal) ? 3.0 : 1.0).ToList();
        var kindWeights = Kinds.Select(k => k.Share).ToList();
        var industryWeights = DemoVocabulary.Industries.Select(i => i.Share).ToList();
        for (long i = 0; i < count; i++)
        {
            var county = Counties[random.PickWeighted(countyWeights)];
            var kind = Kinds[random.PickWeighted(kindWeights)].Kind;
            var industry = DemoVocabulary.Industries[random.PickWeighted(industryWeights)];
            var section = ReferenceData.Shared.Section(industry.Section)!;
            var division = section.FirstDivision + random.Next(section.LastDivision - section.FirstDivision + 1);
            var trade = random.Pick(DemoVocabulary.TradeNames);
            var place = county.Name.TrimEnd('区', '县', '市');
            var name = kind switch
            {
                TargetKind.IndividualBusiness => $"{place}{trade}{industry.Word}店",
                TargetKind.Enterprise => $"宁夏{trade}{industry.Word}有限公司",
                TargetKind.PublicInstitution => $"{county.Name}{trade}服务中心",
                TargetKind.SocialOrganization => $"{county.Name}{industry.Word}协会",
                TargetKind.Product => $"{trade}牌{industry.Word}产品",
                TargetKind.Project => $"{place}{trade}{industry.Word}项目",
                _ => $"{place}{industry.Word}经营行为",
            };
            var code = kind.UsesCreditCode() ? CreditCode(kind, county.Code, i) : DesignedTargetCode.Format(kind, county.Code, i + 1);
            var departments = new List<string> { "amr" };
            if (industry.Section is "H" or "Q")
            {
                departments.Add(industry.Section == "H" ? "fire" : "health");
            }
            else if (industry.Section is "C" or "B")
            {
                departments.Add("ecology");
            }
            else if (industry.Section == "A")
            {
                departments.Add("agri");
            }

            var capital = kind == TargetKind.IndividualBusiness ? Math.Round((decimal)(random.NextDouble() * 50), 2)
                : Math.Round((decimal)(10 * Math.Pow(2, random.NextDouble() * 10)), 2);
            var tags = random.Chance(0.12) ? new[] { random.Pick(DemoVocabulary.Tags) } : [];
            yield return new TargetRow(
                code, kind, name, Person(random), $"{county.Name}{random.Pick(DemoVocabulary.Roads)}{1 + random.Next(300)}号", county.Code,
                industry.Section, division.ToString("00", System.Globalization.CultureInfo.InvariantCulture), TagList.Join(departments),
                Anchor.AddDays(-random.Next(20 * 365)), kind.UsesCreditCode() ? capital : null,
                (TargetStatus)random.PickWeighted(StatusShares), (RiskTier)random.PickWeighted(TierShares),
                (CreditClass)random.PickWeighted(TierShares), TagList.Join(tags), random.Chance(0.01) ? 1 + random.Next(10) : null);
        }
    }

    public IEnumerable<DemoOfficer> Officers(int count, IReadOnlyList<string> unitCodes, IReadOnlyList<string> departmentCodes)
    {
        var random = new SeededRandom(seed ^ 0x0FF1CE);
        var departmentWeights = departmentCodes.Select(d => d == "amr" ? 6.0 : 1.0).ToList();
        for (var i = 1; i <= count; i++)
        {
            var expertise = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Pick(DemoVocabulary.Expertise)).Distinct().ToList();
            EnforcementCertificate? certificate = null;
            if (random.Chance(0.95))
            {
                // Certificates run six years; issue days up to seven years back leave about one in seven expired.
                var issued = Anchor.AddDays(-random.Next(7 * 365));
                certificate = new EnforcementCertificate("行政执法证", $"64{i:000000}", issued, issued.AddYears(6));
            }

            yield return new DemoOfficer(
                $"NX-{i:00000}", Person(random), random.Pick(unitCodes), departmentCodes[random.PickWeighted(departmentWeights)],
                (OfficerStatus)random.PickWeighted([0.9, 0.04, 0.03, 0.03]), random.Chance(0.2), expertise, certificate);
        }
    }

    public IEnumerable<DemoRecusal> Recusals(int count, IReadOnlyList<string> officerNumbers, IReadOnlyList<string> targetCodes)
    {
        var random = new SeededRandom(seed ^ 0xEC05A1);
        for (var i = 0; i < count; i++)
        {
            var reason = (RecusalReason)random.Next(4);
            var from = Anchor.AddDays(-random.Next(700));
            yield return new DemoRecusal(random.Pick(officerNumbers), random.Pick(targetCodes), reason,
                reason == RecusalReason.Other ? "曾参与该单位评审" : null, from, random.Chance(0.5) ? from.AddYears(2) : null);
        }
    }

    /// <summary>GB 32100: authority and type by kind (91 enterprise, 92 individual, 12 institution, 51 social), division, subject, check.</summary>
    public static string CreditCode(TargetKind kind, string regionCode, long index)
    {
        var prefix = kind switch
        {
            TargetKind.Enterprise => "91",
            TargetKind.IndividualBusiness => "92",
            TargetKind.PublicInstitution => "12",
            _ => "51",
        };
        var subject = (new BigInteger(index) * SubjectMultiplier + 7_777_777) % SubjectSpace;
        Span<char> chars = stackalloc char[18];
        prefix.AsSpan().CopyTo(chars);
        regionCode.AsSpan().CopyTo(chars[2..]);
        for (var p = 16; p >= 8; p--)
        {
            chars[p] = UnifiedSocialCreditCode.Charset[(int)(subject % 31)];
            subject /= 31;
        }

        chars[17] = UnifiedSocialCreditCode.ComputeCheckCharacter(chars[..17]);
        return new string(chars);
    }

    private static string Person(SeededRandom random) => random.Pick(DemoVocabulary.Surnames) + random.Pick(DemoVocabulary.GivenNames);
}
