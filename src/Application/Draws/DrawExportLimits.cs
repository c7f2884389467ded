using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Draws;

/// <summary>The bounds of the draw exports (section <c>Draws</c>).</summary>
public sealed class DrawExportLimits
{
    public const string SectionName = "Draws";

    /// <summary>Rows of one draw-history export (<c>GET /draws/history.xlsx</c>); more is a 400 asking to narrow the filters.</summary>
    [Range(1, 1_048_575)]
    public int HistoryExportMaxRows { get; set; } = 10_000;
}
