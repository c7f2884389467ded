namespace DoubleRandom.Application.Common.Localization;

/// <summary>
/// The names of records as a 404 names them ("抽查任务不存在…"): one place, used by the scope check
/// (<c>RecordScope</c>) and by every lookup of the same record.
/// </summary>
public static class RecordNames
{
    public static string InspectionTask => Text.Of("抽查任务", "Inspection task");

    public static string Draw => Text.Of("抽取", "Draw");

    public static string Officer => Text.Of("执法检查人员", "Officer");

    public static string Recusal => Text.Of("回避登记", "Recusal");

    public static string ImportJob => Text.Of("导入任务", "Import job");

    public static string BranchUnit => Text.Of("派出机构", "Branch unit");

    public static string Amendment => Text.Of("变更申请", "Amendment");

    public static string ResultCategory => Text.Of("检查结果类别", "Result category");

    public static string InspectionRecord => Text.Of("检查记录", "Inspection record");

    public static string InspectionGroup => Text.Of("检查组", "Inspection group");

    public static string FollowUp => Text.Of("后续处置", "Follow-up");
    public static string TaskArchive => Text.Of("电子档案", "Electronic archive");


    public static string RiskRescore => Text.Of("风险评分记录", "Risk scoring");

    public static string Target => Text.Of("检查对象", "Target");
    public static string Correction => Text.Of("更正申请", "Correction");

    public static string RiskModel => Text.Of("风险模型版本", "Risk model version");

    public static string RiskJob => Text.Of("风险模型作业", "Risk model job");

    public static string EvaluationReport => Text.Of("评估报告", "Evaluation report");
}
