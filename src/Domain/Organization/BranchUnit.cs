using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Organization;

/// <summary>
/// 派出机构 — a branch unit of the bureau (a district office, a market-supervision station).
/// Units form a tree; retiring keeps the row so history and old draws still resolve.
/// </summary>
public sealed class BranchUnit : Entity
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;

    private BranchUnit()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Guid? ParentId { get; private set; }

    /// <summary>GB/T 2260 administrative division code, six digits.</summary>
    public string RegionCode { get; private set; } = string.Empty;

    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsRetired => RetiredAtUtc is not null;

    public static BranchUnit Create(string code, string name, BranchUnit? parent, string regionCode)
    {
        var unit = new BranchUnit { Code = code, Name = name, RegionCode = regionCode };
        unit.SetParent(parent);
        return unit;
    }

    public void Update(string name, BranchUnit? parent, string regionCode)
    {
        Rule.Check(!IsRetired, RuleCodes.UnitRetired, Code);
        Name = name;
        RegionCode = regionCode;
        SetParent(parent);
    }

    public void Retire(DateTime utcNow, bool hasActiveChildren)
    {
        Rule.Check(!IsRetired, RuleCodes.UnitAlreadyRetired, Code);
        Rule.Check(!hasActiveChildren, RuleCodes.UnitHasActiveChildren, Code);
        RetiredAtUtc = utcNow;
    }

    private void SetParent(BranchUnit? parent)
    {
        if (parent is null)
        {
            ParentId = null;
            return;
        }

        Rule.Check(parent.Id != Id, RuleCodes.UnitParentCycle);
        Rule.Check(!parent.IsRetired, RuleCodes.UnitParentRetired, parent.Code);
        ParentId = parent.Id;
    }
}
