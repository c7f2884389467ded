using System.Globalization;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Application.Common.Localization;

/// <summary>
/// The one place where a business rule (an entry of <see cref="RuleCodes"/>) gets its words: Chinese first, English
/// with Accept-Language: en, as <see cref="Text"/> chooses. {0}, {1} are the values the rule was broken with; a list of
/// values is joined in the language's way. A unit test proves every catalogued rule has both texts with as many
/// placeholders as the rule has values.
/// </summary>
public static class RuleTexts
{
    private static readonly Dictionary<RuleCode, (string Chinese, string English)> Texts = new()
    {
        [RuleCodes.UnitRetired] = ("派出机构 {0} 已撤销，不能修改", "Branch unit {0} is retired and cannot be changed."),
        [RuleCodes.UnitAlreadyRetired] = ("派出机构 {0} 已撤销", "Branch unit {0} is already retired."),
        [RuleCodes.UnitHasActiveChildren] = ("派出机构 {0} 仍有未撤销的下级机构", "Branch unit {0} still has active child units."),
        [RuleCodes.UnitParentCycle] = ("派出机构不能是自己的上级机构", "A branch unit cannot be its own parent."),
        [RuleCodes.UnitParentRetired] = ("上级派出机构 {0} 已撤销", "Parent unit {0} is retired."),
        [RuleCodes.DepartmentRetired] = ("监管部门 {0} 已撤销，不能修改", "Department {0} is retired and cannot be changed."),
        [RuleCodes.DepartmentAlreadyRetired] = ("监管部门 {0} 已撤销", "Department {0} is already retired."),

        [RuleCodes.UserNeedsRole] = ("用户至少需要一个角色", "A user needs at least one role."),
        [RuleCodes.UnknownRole] = ("未知角色", "Unknown role."),
        [RuleCodes.ConfirmationSamePerson] = ("监督人须是操作人以外的另一人", "The confirming user must be a different person."),
        [RuleCodes.ConfirmationNotSupervisor] = ("只有监督人可以确认", "Only a supervisor can confirm."),
        [RuleCodes.ConfirmationMissing] = ("监督人确认不存在", "No such confirmation."),
        [RuleCodes.ConfirmationUsed] = ("该监督人确认已使用过", "The confirmation has already been used."),
        [RuleCodes.ConfirmationExpired] = ("该监督人确认已过期", "The confirmation has expired."),
        [RuleCodes.ConfirmationForAnotherAction] = ("该监督人确认是为另一操作给出的", "The confirmation was given for another action."),
        [RuleCodes.ConfirmationForAnotherUser] = ("该监督人确认是给另一用户的", "The confirmation was given to another user."),

        [RuleCodes.TargetRetired] = ("检查对象 {0} 已注销，不能修改", "Target {0} is retired and cannot be changed."),
        [RuleCodes.TargetAlreadyRetired] = ("检查对象 {0} 已注销", "Target {0} is already retired."),
        [RuleCodes.TargetReferencedByDraw] = ("检查对象 {0} 已被 {1} 次抽取引用，不能删除，请改为注销",
            "Target {0} is referred to by {1} draw(s); retire it instead."),
        [RuleCodes.TargetWeightRange] = ("权重应在 1 到 1000000 之间", "A weight is 1..1000000."),
        [RuleCodes.TargetCapitalNegative] = ("注册资本不能为负数", "Registered capital cannot be negative."),
        [RuleCodes.RecusalPeriod] = ("回避的结束日期不能早于开始日期", "A recusal ends on or after its start."),
        [RuleCodes.RecusalNoteRequired] = ("回避原因为“其他”时须填写说明", "A recusal for another reason needs a note."),
        [RuleCodes.CertificateDates] = ("执法证的有效期截止日须晚于发证日", "A certificate expires after it is issued."),

        [RuleCodes.ItemRetired] = ("抽查事项已停用", "The inspection item is retired."),
        [RuleCodes.TaskFrozen] = ("该任务已准备抽取，设置不能再修改", "A draw has been prepared for this task; its settings can no longer change."),
        [RuleCodes.TaskNotDraft] = ("该任务已有准备中或已封存的抽取；只有抽取失败后才能重新抽取",
            "The task already has a prepared or sealed draw; a new draw is only possible after a failed one."),
        [RuleCodes.TaskNotDrawn] = ("只有抽取结果已封存的任务可以结束", "Only a task with a sealed draw can be closed."),
        [RuleCodes.TaskArchived] = ("任务已归档，其记录只读，不能再修改", "The task is archived: its records are read-only."),
        [RuleCodes.TaskAlreadyArchived] = ("任务已归档，不能重复归档", "The task is already archived."),
        [RuleCodes.ArchiveTaskNotClosed] = ("只有已结束的任务可以归档", "Only a closed task can be archived."),
        [RuleCodes.ArchiveOpenWork] = ("任务还有 {0} 项未关闭的后续处置和 {1} 项待审批的更正，办结后才能归档",
            "The task still has {0} follow-up(s) not closed and {1} correction(s) awaiting approval; archive it when they are done."),
        [RuleCodes.ArchiveTaskNotPublished] = ("任务的检查结果公开（一公开）后才能归档", "A task is archived only after its results are published."),

        [RuleCodes.DrawAlreadyCommitted] = ("该抽取已生成承诺值", "The draw is already committed."),
        [RuleCodes.DrawAlreadyExecuted] = ("该抽取已执行，结果已封存", "The draw has already been executed; its result is sealed."),
        [RuleCodes.DrawNotExecuted] = ("抽取执行后才能公开", "A draw is revealed only after it has been executed."),
        [RuleCodes.DrawAlreadyRevealed] = ("该抽取已公开", "The draw has already been revealed."),
        [RuleCodes.DrawNotRevealed] = ("抽取结果尚未公开（任务结束后公开）", "The draw is not revealed yet; it is published when the task closes."),
        [RuleCodes.DrawNotSealedForAttachment] = ("只有已封存的抽取可以上传签字记录和签字视频", "Only a sealed draw takes a signed record or a signing video."),
        [RuleCodes.DrawNotSealedForAmendment] = ("只有已封存的抽取结果可以变更", "Only a sealed draw can be amended."),
        [RuleCodes.DrawNotSealedForRecord] = ("只有已封存的抽取可以打印记录", "Only a sealed draw has a record to print."),
        [RuleCodes.DrawNotSealedForExport] = ("只有已封存的抽取结果可以导出", "Only a sealed draw has a result to export."),
        [RuleCodes.AmendmentReason] = ("“未分配”是人工分配的原因，不是替换的原因", "Unassigned is the reason of a placement, not of a replacement."),
        [RuleCodes.AmendmentSameOfficer] = ("执法人员不能替换自己", "An officer cannot replace themselves."),
        [RuleCodes.AmendmentDecided] = ("该变更申请已审批", "The amendment has already been decided."),
        [RuleCodes.AmendmentSamePerson] = ("变更申请人不能审批自己的申请", "The person who requested an amendment cannot approve it."),
        [RuleCodes.OfficerNotEligible] = ("替换人员须在岗、持有效执法证（替换组长时须可任组长）",
            "The replacement must be active and certified (and leader-eligible when replacing the leader)."),
        [RuleCodes.OfficerAlreadyInDraw] = ("替换人员已在本次抽取的检查组中", "The replacement is already in a group of this draw."),
        [RuleCodes.ReplacementConflicted] = ("替换人员与本组检查对象存在回避关系：{0}", "The replacement must recuse from a target of this group: {0}"),
        [RuleCodes.GroupOfficerConflicted] = ("该组有执法人员须回避此检查对象", "An officer of this group must recuse from this target."),
        [RuleCodes.TargetNotUnassigned] = ("只能人工分配本次抽中但未分配的检查对象", "Only a drawn target that DR1 left unassigned can be placed."),

        [RuleCodes.ResultCategoryRetired] = ("检查结果类别 {0} 已停用", "Result category {0} is retired."),
        [RuleCodes.RecordFinishedBeforeStarted] = ("检查结束时间不能早于开始时间", "An inspection finishes at or after its start."),
        [RuleCodes.RecordCoordinates] = ("坐标须同时给出纬度（−90 至 90）和经度（−180 至 180）",
            "Coordinates need both a latitude (−90..90) and a longitude (−180..180)."),
        [RuleCodes.RecordItemsIncomplete] = ("任务的每个抽查事项须有且只有一个检查结果，事项 {0} 不符合",
            "Every item of the task needs exactly one result; item {0} does not have one."),
        [RuleCodes.RecordItemNotInTask] = ("抽查事项 {0} 不属于该任务", "Item {0} is not an item of the task."),
        [RuleCodes.RefusalReasonRequired] = ("拒绝签字须写明理由", "A refusal to sign needs its reason."),
        [RuleCodes.RefusalWitnesses] = ("拒绝签字须有至少 {0} 名不同的见证人", "A refusal to sign needs at least {0} distinct witnesses."),
        [RuleCodes.EvidenceTaskClosed] = ("任务已结束，不能再上传检查证据", "The task is closed; no more evidence can be uploaded."),
        [RuleCodes.RecordTaskClosed] = ("任务已结束，不能再填写或修改检查记录；已提交的结果只能经批准的更正改变（POST /api/v1/inspection-records/{{id}}/corrections）",
            "The task is closed; records can no longer be written or revised. A submitted result changes only by an approved correction (POST /api/v1/inspection-records/{{id}}/corrections)."),
        [RuleCodes.RecordFinal] = ("检查组汇总表已签署，检查结果已为最终结果：只能申请更正（POST /api/v1/inspection-records/{{id}}/corrections），经监管单位领导批准后生效",
            "The group's summary is signed off: the result is final. Ask for a correction instead (POST /api/v1/inspection-records/{{id}}/corrections); a leader of the supervising unit approves it."),
        [RuleCodes.RecordNotFinal] = ("检查结果尚未最终确定（汇总表未签署、任务未结束）：请直接修改检查记录（PUT /api/v1/inspection-records/{{id}}）",
            "The result is not final yet (summary not signed off, task open): revise the record itself (PUT /api/v1/inspection-records/{{id}})."),
        [RuleCodes.CorrectionUnchanged] = ("更正内容与当前检查结果相同，无需更正", "The correction's results are the record's current results; there is nothing to correct."),
        [RuleCodes.CorrectionDecided] = ("该更正申请已审批", "The correction has already been decided."),
        [RuleCodes.CorrectionSelfApproval] = ("更正申请人不能审批自己的更正申请", "The person who asked for a correction cannot decide it."),
        [RuleCodes.RecordDrawNotSealed] = ("抽取结果封存后才能填写检查记录", "Records are written only for a sealed draw."),
        [RuleCodes.FollowUpTransition] = ("后续处置状态只能逐步推进：已移交→处置中→已整改或已立案→已办结，已办结后不能再变更",
            "A follow-up moves one step at a time: handed over → in progress → rectified or case filed → closed; a closed one is final."),
        [RuleCodes.SummaryIncomplete] = ("还有 {0} 个检查对象未检查，汇总表暂不能签名",
            "{0} targets have no record yet; the summary cannot be signed until every target is inspected."),
        [RuleCodes.SummaryChanged] = ("汇总表内容已变更，请重新查看后对当前内容签名",
            "The summary has changed since it was read; read it again and sign the current content."),
        [RuleCodes.SummaryAlreadySigned] = ("您已对当前内容签名", "You have already signed the current content."),
        [RuleCodes.SummaryMembersFirst] = ("组长须在其他组员全部签名后签署，还有 {0} 名组员未签名",
            "The leader signs off after every other member has signed; {0} members have not signed yet."),
        [RuleCodes.PublicationTaskNotClosed] = ("任务结束（关闭）后才能公示检查结果", "Results are published only after the task is closed."),
        [RuleCodes.PublicationGroupsNotSignedOff] = ("以下检查组的汇总表尚未签署确认，不能公示：第 {0} 组",
            "The summaries of these groups are not signed off yet, so the results cannot be published: group {0}."),
        [RuleCodes.AlreadyPublished] = ("该任务的检查结果已公示", "The task's results have already been published."),
        [RuleCodes.RiskJobRunning] = ("已有一个风险模型训练或评分作业未结束，请等待其完成或取消后再提交",
            "A risk model training or scoring job is still unfinished; wait for it or cancel it first."),
        [RuleCodes.RiskJobFinished] = ("该作业已结束，不能取消", "The job has already finished; it cannot be cancelled."),
        [RuleCodes.RiskNoActiveModel] = ("尚无启用的风险模型版本，请先训练并启用一个版本", "No risk model version is active; train and activate one first."),
        [RuleCodes.RiskNoLabelledRows] = ("{0} 至 {1} 之间没有可用于训练的检查结果（带结果类别的历史检查）",
            "There are no labelled inspection results to train on between {0} and {1}."),
        [RuleCodes.RiskNoValidationRows] = ("验证期 {0} 至 {1} 之间没有检查结果，无法验证模型；请调整验证起始日期",
            "There are no inspection results to validate on between {0} and {1}; move the validation start."),
        [RuleCodes.RiskModelIncompatible] = ("模型版本 {0} 的特征与当前特征定义不一致，不能启用或评分；请用当前数据重新训练",
            "Model version {0} was trained on other features than the current schema; it cannot be activated or score. Train a new version."),
        [RuleCodes.RiskModelDamaged] = ("模型版本 {0} 的模型文件已损坏（SHA-256 不符或无法加载），不能启用或评分",
            "The model file of version {0} is damaged (its SHA-256 differs or it cannot be loaded); it cannot be activated or score."),
        [RuleCodes.RiskModelUnweighted] = ("模型版本 {0} 未按入样概率加权训练（仅用于演示权重的作用，存在选择偏差），不能启用",
            "Model version {0} was trained without the 1/λ weights (only to show what they correct; it is biased); it cannot be activated."),
        [RuleCodes.RiskOneClass] = ("{0} 至 {1} 之间的检查结果只有一类（全部发现问题或全部未发现问题），无法训练模型",
            "The inspection results between {0} and {1} are all of one class (all with or all without a problem); a model cannot be trained."),
        [RuleCodes.RiskJobFailed] = ("作业因内部错误失败，未写入任何结果；详情已记入服务日志（按作业编号查找），请稍后重试或联系管理员",
            "The job failed with an internal error and wrote nothing; the details are in the service log (search for the job id). Try again or ask an administrator."),
        [RuleCodes.RiskJobInterrupted] = ("作业所在的进程已停止（服务重启或进程中断），作业未完成，未写入任何结果；请重新提交",
            "The process running the job stopped (a restart or a crash) before it finished; nothing was written. Start it again."),
        [RuleCodes.EvaluationReportNotReady] = ("该评估报告尚未生成成功（排队、生成中、失败或已取消），没有数据或文件",
            "The evaluation report has not succeeded (queued, running, failed or cancelled); it has no figures or files."),
        [RuleCodes.EvaluationReportFinished] = ("该评估报告作业已结束，不能取消", "The report job has already finished; it cannot be cancelled."),
        [RuleCodes.EvaluationReportFailed] = ("评估报告因内部错误生成失败，未保存任何结果；详情已记入服务日志（按作业编号查找），请稍后重试或联系管理员",
            "The report failed with an internal error and stored nothing; the details are in the service log (search for the job id). Try again or ask an administrator."),
        [RuleCodes.EvaluationReportInterrupted] = ("生成评估报告的进程已停止（服务重启或进程中断），报告未完成，未保存任何结果；请重新提交",
            "The process generating the report stopped (a restart or a crash) before it finished; nothing was stored. Request it again."),
    };

    /// <summary>Whether the rule has its texts; the unit test asks this of every catalogued rule.</summary>
    public static bool Has(RuleCode rule) => Texts.ContainsKey(rule);

    /// <summary>The rule's text in the request's language, showing the values it was broken with.</summary>
    public static string Of(RuleCode rule, IReadOnlyList<object?> arguments) => Format(rule, arguments, Text.IsEnglish);

    /// <summary>The rule's text in one language, for the tests and the documentation.</summary>
    public static string Format(RuleCode rule, IReadOnlyList<object?> arguments, bool english)
    {
        var (chinese, inEnglish) = Texts[rule];
        var values = arguments.Select(a => a switch
        {
            string text => text,
            IEnumerable<string> list => string.Join(english ? ", " : "、", list),
            _ => Convert.ToString(a, CultureInfo.InvariantCulture),
        }).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, english ? inEnglish : chinese, values);
    }

    /// <summary>The detail of a broken rule's problem: the catalogued text in the request's language.</summary>
    public static string Detail(BusinessRuleViolationException exception) => Of(exception.Rule, exception.Arguments);
}
