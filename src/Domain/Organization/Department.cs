using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Organization;

/// <summary>部门 — a department that inspects (market regulation, fire safety, …); joint tasks name several.</summary>
public sealed class Department : Entity
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;

    private Department()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsRetired => RetiredAtUtc is not null;

    public static Department Create(string code, string name) => new() { Code = code, Name = name };

    public void Rename(string name)
    {
        Rule.Check(!IsRetired, RuleCodes.DepartmentRetired, Code);
        Name = name;
    }

    public void Retire(DateTime utcNow)
    {
        Rule.Check(!IsRetired, RuleCodes.DepartmentAlreadyRetired, Code);
        RetiredAtUtc = utcNow;
    }
}
