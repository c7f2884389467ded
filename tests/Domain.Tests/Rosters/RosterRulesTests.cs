using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Tests.Rosters;

public sealed class RosterRulesTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static OfficerDetails Details(params EnforcementCertificate[] certificates) =>
        new("张伟", Unit, "amr", OfficerStatus.Active, true, null, ["食品安全"], certificates);

    [Fact]
    public void An_officer_is_certified_from_issue_up_to_but_not_on_the_expiry_day()
    {
        var officer = Officer.Create("NX-1", Details(new EnforcementCertificate("行政执法证", "64001", new(2020, 1, 1), new(2026, 1, 1))));
        Assert.False(officer.IsCertifiedOn(new(2019, 12, 31)));
        Assert.True(officer.IsCertifiedOn(new(2020, 1, 1)));
        Assert.True(officer.IsCertifiedOn(new(2025, 12, 31)));
        Assert.False(officer.IsCertifiedOn(new(2026, 1, 1)));
    }

    [Fact]
    public void Any_valid_certificate_certifies_and_none_does_not()
    {
        var officer = Officer.Create("NX-2", Details(
            new EnforcementCertificate("行政执法证", "old", new(2010, 1, 1), new(2016, 1, 1)),
            new EnforcementCertificate("行政执法证", "new", new(2016, 1, 1), new(2022, 1, 1))));
        Assert.True(officer.IsCertifiedOn(new(2018, 6, 1)));
        Assert.False(Officer.Create("NX-3", Details()).IsCertifiedOn(new(2018, 6, 1)));
    }

    [Fact]
    public void A_certificate_must_expire_after_it_is_issued() =>
        Assert.Throws<BusinessRuleViolationException>(() =>
            Officer.Create("NX-4", Details(new EnforcementCertificate("证", "1", new(2020, 1, 1), new(2020, 1, 1)))));

    [Fact]
    public void A_target_referenced_by_a_draw_cannot_be_deleted_but_a_fresh_one_can()
    {
        var target = Target.Create("PRD-640104-000001", TargetKind.Product, new TargetDetails(
            "枸杞", null, null, "640104", null, null, [], null, null, TargetStatus.Active, RiskTier.A, null, [], null));
        target.EnsureDeletable();
        typeof(Target).GetProperty(nameof(Target.DrawReferenceCount))!.SetValue(target, 1);
        var ex = Assert.Throws<BusinessRuleViolationException>(target.EnsureDeletable);
        Assert.Equal("target-referenced-by-draw", ex.Code);
    }

    [Fact]
    public void Recusals_are_valid_inclusively_and_other_needs_a_note()
    {
        var recusal = Recusal.Create(Guid.NewGuid(), "X", RecusalReason.Kinship, null, new(2026, 1, 1), new(2026, 12, 31), "me");
        Assert.True(recusal.IsActiveOn(new(2026, 12, 31)));
        Assert.False(recusal.IsActiveOn(new(2027, 1, 1)));
        Assert.Throws<BusinessRuleViolationException>(() =>
            Recusal.Create(Guid.NewGuid(), "X", RecusalReason.Other, " ", new(2026, 1, 1), null, "me"));
        Assert.Throws<BusinessRuleViolationException>(() =>
            Recusal.Create(Guid.NewGuid(), "X", RecusalReason.Kinship, null, new(2026, 2, 1), new(2026, 1, 1), "me"));
    }

    [Theory]
    [InlineData(TargetKind.Product, "PRD-640104-000123", true)]
    [InlineData(TargetKind.Project, "PRJ-640500-1", true)]
    [InlineData(TargetKind.Behaviour, "BHV-640104-000001", true)]
    [InlineData(TargetKind.Product, "PRJ-640104-000123", false)]
    [InlineData(TargetKind.Product, "PRD-64010-000123", false)]
    [InlineData(TargetKind.Product, "PRD-640104-", false)]
    [InlineData(TargetKind.Product, "PRD-640104-0001234567890", false)]
    public void Designed_codes_follow_their_scheme(TargetKind kind, string code, bool valid) =>
        Assert.Equal(valid, DesignedTargetCode.Check(kind, code) is null);

    [Fact]
    public void Tag_lists_round_trip_without_blanks_or_duplicates()
    {
        var stored = TagList.Join(["食品经营", " 重点监管 ", "", "食品经营"]);
        Assert.Equal("|食品经营|重点监管|", stored);
        Assert.Equal(["食品经营", "重点监管"], TagList.Split(stored));
        Assert.Equal(string.Empty, TagList.Join([]));
    }
}
