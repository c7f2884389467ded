namespace DoubleRandom.Domain.Tasks;

/// <summary>Exclusion rules applied before the snapshot is frozen (§5.1.1.2).</summary>
/// <param name="InspectedThisYear">Leave out targets drawn by any sealed draw of the same year.</param>
/// <param name="InspectedThisYearForSameItem">Leave out targets drawn this year by a task sharing an item.</param>
/// <param name="OnOpenTaskThisYear">Leave out targets drawn by a task of the same year that is not closed.</param>
public sealed record ExclusionRules(bool InspectedThisYear, bool InspectedThisYearForSameItem, bool OnOpenTaskThisYear)
{
    public static ExclusionRules Default { get; } = new(false, true, true);
}
