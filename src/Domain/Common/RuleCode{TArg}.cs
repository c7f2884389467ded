namespace DoubleRandom.Domain.Common;

/// <summary>A rule whose text shows one value ({0}), e.g. the code of the retired unit.</summary>
public sealed class RuleCode<TArg> : RuleCode
{
    internal RuleCode(string code, string name)
        : base(code, name, 1)
    {
    }
}
