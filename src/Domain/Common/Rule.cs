namespace DoubleRandom.Domain.Common;

/// <summary>Checks of a business rule; a broken rule becomes a 409 with the rule's code.</summary>
public static class Rule
{
    public static void Check(bool holds, string code, string message)
    {
        if (!holds)
        {
            throw new BusinessRuleViolationException(code, message);
        }
    }
}
