namespace DoubleRandom.Domain.Inspections;

/// <summary>Where a row of past inspection outcomes came from.</summary>
public enum InspectionOutcomeSource
{
    /// <summary>演示数据: written by <c>generate-demo</c> or the demo seed (a simulation with a documented ground truth).</summary>
    Demo,

    /// <summary>导入: an import of another system's history.</summary>
    Import,
}
