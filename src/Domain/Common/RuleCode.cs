namespace DoubleRandom.Domain.Common;

/// <summary>
/// A business rule of the catalogue (<see cref="RuleCodes"/>): its stable <see cref="Code"/>, the problem's <c>code</c>
/// clients branch on. Several entries may share a code when one rule is refused in different words. The texts a
/// user reads live in one place outside the Domain (Application's <c>RuleTexts</c>), in Chinese and English.
/// Only the catalogue creates rules, so a rule check cannot name an uncatalogued code.
/// </summary>
public class RuleCode
{
    internal RuleCode(string code, string name)
        : this(code, name, 0)
    {
    }

    private protected RuleCode(string code, string name, int arity)
    {
        Code = code;
        Name = name;
        Arity = arity;
    }

    /// <summary>A stable, kebab-case name of the rule, used in the problem details.</summary>
    public string Code { get; }

    /// <summary>The entry's name in the catalogue (the field of <see cref="RuleCodes"/>).</summary>
    public string Name { get; }

    /// <summary>How many values the rule's text shows ({0}, {1}, …).</summary>
    public int Arity { get; }

    public override string ToString() => $"{Name} ({Code})";
}
