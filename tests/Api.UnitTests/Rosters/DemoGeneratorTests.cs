using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Seeding;

namespace DoubleRandom.Api.UnitTests.Rosters;

public sealed class DemoGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var a = new DemoRosterGenerator(42).Targets(500).ToList();
        Assert.Equal(a, new DemoRosterGenerator(42).Targets(500).ToList());
        Assert.NotEqual(a.Select(t => t.Name), new DemoRosterGenerator(43).Targets(500).Select(t => t.Name));
    }

    [Fact]
    public void Generated_codes_are_valid_unique_and_tiers_have_the_documented_shares()
    {
        var rows = new DemoRosterGenerator(7).Targets(20_000).ToList();
        Assert.All(rows.Where(r => r.Kind.UsesCreditCode()), r => Assert.Null(UnifiedSocialCreditCode.Check(r.Code)));
        Assert.All(rows.Where(r => !r.Kind.UsesCreditCode()), r => Assert.Null(DesignedTargetCode.Check(r.Kind, r.Code)));
        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        double Share(RiskTier tier) => rows.Count(r => r.RiskTier == tier) / (double)rows.Count;
        Assert.InRange(Share(RiskTier.A), 0.64, 0.67);
        Assert.InRange(Share(RiskTier.B), 0.24, 0.26);
        Assert.InRange(Share(RiskTier.C), 0.07, 0.09);
        Assert.InRange(Share(RiskTier.D), 0.01, 0.02);
        Assert.InRange(rows.Count(r => r.Kind == TargetKind.IndividualBusiness) / (double)rows.Count, 0.6, 0.64);
    }

    [Fact]
    public void Officers_include_leaders_and_some_expired_certificates()
    {
        var officers = new DemoRosterGenerator(42).Officers(500, ["NX-640104"], ["amr", "fire"]).ToList();
        Assert.InRange(officers.Count(o => o.Leader), 60, 140);
        var expired = officers.Count(o => o.Certificate is { } c && !c.IsValidOn(DemoRosterGenerator.Anchor));
        Assert.InRange(expired, 30, 130);
    }
}
