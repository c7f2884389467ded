namespace DoubleRandom.Domain.Tasks;

/// <summary>重点 or 一般: how an item is ranked in the 抽查事项清单.</summary>
public enum ItemPriority
{
    /// <summary>重点检查事项.</summary>
    Key,

    /// <summary>一般检查事项.</summary>
    General,
}
