namespace DoubleRandom.Domain.Rosters;

public enum ImportRoster
{
    Targets,
    Officers,
    Recusals,

    /// <summary>Past inspection results of other systems (检查结果历史).</summary>
    InspectionHistory,
}
