namespace DoubleRandom.Application.Evaluation;

/// <summary>What a report covers: the period [From, To] (Asia/Shanghai days) with its label ("2026年", "2026年第三季度", "2026-03-01 至 2026-05-31"), and a scope — branch units (a task is in scope when its officer scope lists one of them or a unit below; none = the whole bureau), target departments and industry sections (GB/T 4754 letters; none = all). TrendFrom is the first day the trend section reaches back to (the period's start two years earlier, or the first day of data).</summary>
public sealed record EvaluationRequest(
    DateOnly From,
    DateOnly To,
    string PeriodLabel,
    IReadOnlyList<Guid> UnitIds,
    IReadOnlyList<string> DepartmentCodes,
    IReadOnlyList<string> IndustrySections,
    DateOnly TrendFrom);
