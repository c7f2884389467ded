using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// 历史检查结果 — one past result of one item at one visit of one target that did not come through this system's
/// inspection records (an import of another system's history, or the demo simulation). What the risk model learns
/// from besides the records: the result category, and the inclusion probability λ of the draw that selected the
/// target when the history knows it (null: unknown — a Horvitz–Thompson estimate must leave such rows out or model
/// their λ). One row per (target, day, item); the history is kept as written, never edited through the API.
/// </summary>
public sealed class InspectionOutcome : Entity
{
    public const int TextMaxLength = 200;
    public const int CodeMaxLength = 64;
    public const int CategoryMaxLength = 32;

    private InspectionOutcome()
    {
    }

    public string TargetCode { get; private set; } = string.Empty;

    public DateOnly InspectedOn { get; private set; }

    /// <summary>The task's year (年度), usually the year of the visit.</summary>
    public int Year { get; private set; }

    public string TaskName { get; private set; } = string.Empty;

    public string ItemCode { get; private set; } = string.Empty;

    public string ItemName { get; private set; } = string.Empty;

    /// <summary>A result category code (the national publicity categories, reference data of the records).</summary>
    public string ResultCategoryCode { get; private set; } = string.Empty;

    /// <summary>λ, the probability that the draw which chose this visit's target would choose it, in (0, 1]; null when unknown.</summary>
    public double? InclusionProbability { get; private set; }

    /// <summary>The stratum (e.g. the risk tier) the target was drawn in, when known.</summary>
    public string? Stratum { get; private set; }

    public InspectionOutcomeSource Source { get; private set; }

    /// <summary>The import job (or the demo load) that wrote the row.</summary>
    public Guid BatchId { get; private set; }

    public static InspectionOutcome Create(InspectionOutcomeFields fields, InspectionOutcomeSource source, Guid batchId)
    {
        var outcome = new InspectionOutcome
        {
            TargetCode = fields.TargetCode, InspectedOn = fields.InspectedOn, ItemCode = fields.ItemCode, Source = source, BatchId = batchId,
        };
        outcome.Apply(fields);
        return outcome;
    }

    /// <summary>True when a re-import of the same (target, day, item) carries other values.</summary>
    public bool Differs(InspectionOutcomeFields fields) =>
        Year != fields.Year || TaskName != fields.TaskName || ItemName != fields.ItemName || ResultCategoryCode != fields.ResultCategoryCode
        || InclusionProbability != fields.InclusionProbability || Stratum != fields.Stratum;

    /// <summary>A re-import that corrects a row (same target, day and item): the values and the batch that wrote them last.</summary>
    public void Correct(InspectionOutcomeFields fields, Guid batchId)
    {
        Apply(fields);
        BatchId = batchId;
    }

    private void Apply(InspectionOutcomeFields fields)
    {
        // The import refuses such a cell with a row error first; this guards every other writer.
        if (fields.InclusionProbability is { } lambda && !(lambda > 0 && lambda <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fields), lambda, "An inclusion probability is in (0, 1].");
        }

        Year = fields.Year;
        TaskName = fields.TaskName;
        ItemName = fields.ItemName;
        ResultCategoryCode = fields.ResultCategoryCode;
        InclusionProbability = fields.InclusionProbability;
        Stratum = fields.Stratum;
    }
}
