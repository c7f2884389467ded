using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tests.Common;

public class BusinessRuleViolationTests
{
    [Fact]
    public void A_violation_carries_its_rule_code()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => Rule.Check(false, RuleCodes.TargetRetired, "T1"));
        Assert.Equal("target-retired", ex.Code);
        Assert.Same(RuleCodes.TargetRetired, ex.Rule);
        Assert.Equal(["T1"], ex.Arguments);
    }

    [Fact]
    public void Catalogue_entries_have_distinct_names_and_kebab_case_codes()
    {
        Assert.Equal(RuleCodes.All.Count, RuleCodes.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCodes.All, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Code));
    }
}
