using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Draws;

/// <summary>How risk may feed a draw (section <c>Draws</c>, #16).</summary>
public sealed class DrawRiskOptions
{
    public const string SectionName = "Draws";

    /// <summary>
    /// The smallest ratio (basis points) a tier stratum given by ratio may draw, so no tier is left out of inspection
    /// (every tier keeps a positive inclusion probability); a task saved with less is a 400 on the stratum's ratioBp.
    /// 0 turns the check off.
    /// </summary>
    [Range(0, 10_000)]
    public int MinimumTierRatioBp { get; set; } = 100;
}
