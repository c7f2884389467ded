using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>The sentences of scoring, tiers and explanations.</summary>
public static class RiskScoringTexts
{
    public static string CutoffsOrder => Text.Of(
        "三个分界值须都在 0 与 1 之间（不含），并严格递增",
        "The three cut values must each lie strictly between 0 and 1 and increase strictly.");

    public static string NeverScored => Text.Of(
        "该检查对象尚未由风险模型评分：其风险等级由人工设定或导入（或尚未评定）",
        "This target has not been scored by the risk model: its tier was set by hand or by an import (or it has none).");

    public static string Raises => Text.Of("风险上升", "raises the risk");

    public static string Lowers => Text.Of("风险下降", "lowers the risk");
}
