namespace DoubleRandom.Domain.Common;

/// <summary>A broken business rule: the request was understood but conflicts with the state of the domain (409).</summary>
public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(string code, string message)
        : base(message) => Code = code;

    public BusinessRuleViolationException()
        : this("business-rule", "A business rule was broken.")
    {
    }

    public BusinessRuleViolationException(string message)
        : this("business-rule", message)
    {
    }

    public BusinessRuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Code = "business-rule";

    /// <summary>A stable, kebab-case name of the rule, used in the problem details.</summary>
    public string Code { get; }
}
