using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tests;

public class BusinessRuleViolationTests
{
    [Fact]
    public void A_violation_carries_its_rule_code()
    {
        var ex = new BusinessRuleViolationException("code-taken", "taken");
        Assert.Equal("code-taken", ex.Code);
    }
}
