using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Tasks;

/// <summary>How risk may feed a task's draws (section <c>Draws</c>, #16): checked when a task is saved.</summary>
public sealed class TaskRiskOptions
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
