using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>
/// A target claimed by a sealed non-overlap draw in a year. The unique key (year, code) is what keeps two
/// open tasks of the same year from drawing the same target, even when they are executed at the same moment.
/// </summary>
public sealed class DrawnTargetByYear : IDrawOwned
{
    private DrawnTargetByYear()
    {
    }

    public int Year { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

    public static DrawnTargetByYear Create(int year, string code, Guid drawId) => new() { Year = year, TargetCode = code, DrawId = drawId };
}
