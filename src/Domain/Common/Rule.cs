namespace DoubleRandom.Domain.Common;

/// <summary>
/// Checks of a business rule; a broken rule becomes a 409 with the rule's code. The rule is an entry of
/// <see cref="RuleCodes"/>; its type says how many values its text shows, so a check cannot pass too few or too many.
/// </summary>
public static class Rule
{
    public static void Check(bool holds, RuleCode rule)
    {
        if (!holds)
        {
            throw Broken(rule);
        }
    }

    public static void Check<TArg>(bool holds, RuleCode<TArg> rule, TArg value)
    {
        if (!holds)
        {
            throw new BusinessRuleViolationException(rule, [value]);
        }
    }

    public static void Check<TArg1, TArg2>(bool holds, RuleCode<TArg1, TArg2> rule, TArg1 first, TArg2 second)
    {
        if (!holds)
        {
            throw new BusinessRuleViolationException(rule, [first, second]);
        }
    }

    /// <summary>The exception of a broken rule whose text shows no value, for a caller that throws it itself.</summary>
    public static BusinessRuleViolationException Broken(RuleCode rule) => new(rule, []);
}
