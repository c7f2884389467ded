namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One officer's counts while the period's draws are read.</summary>
internal sealed class OfficerTally(Guid id, string name, Guid unitId)
{
    public Guid Id { get; } = id;

    public string Name { get; } = name;

    public Guid UnitId { get; } = unitId;

    public int EligibleDraws { get; set; }

    public int TimesDrawn { get; set; }

    public double Expected { get; set; }

    public long Targets { get; set; }
}
