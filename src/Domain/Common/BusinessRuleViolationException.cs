namespace DoubleRandom.Domain.Common;

/// <summary>
/// A broken business rule: the request was understood but conflicts with the state of the domain (409). It carries
/// the rule (an entry of <see cref="RuleCodes"/>) and the values its text shows; the text itself is looked up where
/// the problem is written, in the language of the request.
/// </summary>
public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(RuleCode rule, IReadOnlyList<object?> arguments)
        : base($"Business rule {rule.Code} was broken" + (arguments.Count == 0 ? "." : $" ({string.Join(", ", arguments)}).")) =>
        (Rule, Code, Arguments) = (rule, rule.Code, arguments);

    /// <summary>The catalogued rule.</summary>
    public RuleCode Rule { get; }

    /// <summary>A stable, kebab-case name of the rule, used in the problem details.</summary>
    public string Code { get; }

    /// <summary>The values the rule's text shows, in order.</summary>
    public IReadOnlyList<object?> Arguments { get; }
}
