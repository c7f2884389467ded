using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>One scoring of the roster: the model, who and when, the cut-offs and thresholds used, and the counts per tier move.</summary>
/// <param name="ThresholdFirst">The probability thresholds applied (in quantile mode: the population's scores at the quantiles).</param>
public sealed record RiskRescoreDto(
    Guid Id,
    Guid ModelId,
    int ModelVersion,
    Guid JobId,
    DateTime StartedAtUtc,
    DateTime FinishedAtUtc,
    Guid? ScoredById,
    string ScoredByName,
    long TargetsScored,
    long TargetsMoved,
    RiskTierCutoffMode CutoffMode,
    double CutoffFirst,
    double CutoffSecond,
    double CutoffThird,
    double ThresholdFirst,
    double ThresholdSecond,
    double ThresholdThird,
    IReadOnlyList<RiskTierMoveDto> Moves)
{
    public static RiskRescoreDto From(RiskRescore r) => new(
        r.Id, r.ModelId, r.ModelVersion, r.JobId, r.StartedAtUtc, r.FinishedAtUtc, r.ScoredById, r.ScoredByName, r.TargetsScored, r.TargetsMoved,
        r.CutoffMode, r.CutoffFirst, r.CutoffSecond, r.CutoffThird, r.ThresholdFirst, r.ThresholdSecond, r.ThresholdThird,
        [.. r.Moves.Select(RiskTierMoveDto.Of)]);
}
