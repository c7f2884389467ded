using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Inspections.Records;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>What the follow-up use cases answer, Chinese first.</summary>
public static class FollowUpTexts
{
    public static string UnknownUnit => Text.Of("承办单位不存在或已撤销", "The supervising unit does not exist or is retired.");

    public static string NotAnItem => Text.Of("该检查记录没有这个检查事项", "The record has no result for this item.");

    public static string PastDeadline => Text.Of("处置期限不能早于今天（北京时间）", "The deadline cannot be before today (Asia/Shanghai).");

    public static string FarDeadline => Text.Of(
        $"处置期限不能晚于今天（北京时间）起 {RecordFields.MaxDeadlineYears} 年", $"The deadline cannot be more than {RecordFields.MaxDeadlineYears} years from today (Asia/Shanghai).");

    public static string IfMatchRequired =>
        Text.Of("变更后续处置状态须在 If-Match 中回传读取时的 ETag", "Send the ETag you read in If-Match to change a follow-up's status.");

    public static string NoProblem(string category) => Text.Of(
        $"该检查事项的结果（{category}）未发现问题，不能移交后续处置",
        $"The item's result ({category}) indicates no problem; only findings are handed over.");

    public static string Exists(Guid id) => Text.Of(
        $"该检查事项已有未办结的后续处置（{id}）", $"This finding already has an open follow-up ({id}).");

    public static string NotSupervisingUnit => Text.Of(
        "只有承办单位（及其上级单位）的人员可以推进后续处置；通过抽查任务看到的人员只能查看",
        "Only the supervising unit (and the units above it) moves a follow-up on; those who see it through the task may only read it.");
}
