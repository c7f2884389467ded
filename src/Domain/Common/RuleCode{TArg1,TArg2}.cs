namespace DoubleRandom.Domain.Common;

/// <summary>A rule whose text shows two values ({0} and {1}).</summary>
public sealed class RuleCode<TArg1, TArg2> : RuleCode
{
    internal RuleCode(string code, string name)
        : base(code, name, 2)
    {
    }
}
