using DoubleRandom.Application.Common.Json;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity.Confirmations;
using DoubleRandom.Application.PublicResults;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Evaluation;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

/// <summary>
/// The display names, Chinese and English, of every enum the API shows to people. An enum schema of the OpenAPI document
/// without an entry here (or a value without its name) fails <c>EnumNamesTests</c>.
/// </summary>
public static class EnumCatalogue
{
    /// <summary>Every enum: its schema name, its own name and each value's wire name with its names.</summary>
    public static readonly IReadOnlyList<Entry> All =
    [
        Of<InspectionTaskStatus>(("检查任务状态", "Task status"), s => s switch
        {
            InspectionTaskStatus.Draft => ("草稿", "Draft"),
            InspectionTaskStatus.Prepared => ("已准备抽取", "Prepared"),
            InspectionTaskStatus.Drawn => ("已抽取", "Drawn"),
            _ => ("已结束", "Closed"),
        }),
        Of<ItemPriority>(("检查事项类别", "Item priority"), p => p switch
        {
            ItemPriority.Key => ("重点检查事项", "Key item"),
            _ => ("一般检查事项", "General item"),
        }),
        Of<DrawStatus>(("抽取状态", "Draw status"), s => s switch
        {
            DrawStatus.Prepared => ("已准备（待抽取）", "Prepared"),
            DrawStatus.Sealed => ("已抽取并封存", "Sealed"),
            _ => ("抽取失败", "Failed"),
        }),
        Of<SnapshotKind>(("快照类别", "Snapshot kind"), k => k switch
        {
            SnapshotKind.Targets => ("检查对象名录", "Targets"),
            SnapshotKind.Officers => ("执法检查人员名录", "Officers"),
            SnapshotKind.RiskVersions => ("风险模型版本（非 DR1 快照）", "Risk model versions (not a DR1 snapshot)"),
            _ => ("回避关系", "Recusals"),
        }),
        Of<RiskWeighting>(("风险加权方式", "Risk weighting"), w => w switch
        {
            RiskWeighting.Tier => ("按风险等级分层", "By tier strata"),
            _ => ("按风险分值加权（含均匀份额）", "By risk score, with a uniform share"),
        }),
        Of<AmendmentKind>(("变更类别", "Amendment kind"), k => k switch
        {
            AmendmentKind.ReplaceOfficer => ("更换执法检查人员", "Replace an officer"),
            _ => ("人工分配未分配对象", "Place an unassigned target"),
        }),
        Of<AmendmentReason>(("变更原因", "Amendment reason"), r => r switch
        {
            AmendmentReason.PostAdjustment => ("岗位调整", "Post adjustment"),
            AmendmentReason.WorkConflict => ("工作冲突", "Work conflict"),
            AmendmentReason.Health => ("身体原因", "Health"),
            AmendmentReason.Recusal => ("回避", "Recusal"),
            _ => ("未分配对象的人工分配", "Placing an unassigned target"),
        }),
        Of<AmendmentStatus>(("变更审批状态", "Amendment status"), s => s switch
        {
            AmendmentStatus.Requested => ("待审批", "Requested"),
            AmendmentStatus.Approved => ("已批准", "Approved"),
            _ => ("已驳回", "Rejected"),
        }),
        Of<LicenceScanSource>(("执照识别方式", "Licence scan source"), k => k switch
        {
            LicenceScanSource.Qr => ("二维码", "QR code"),
            _ => ("文字识别（OCR）", "Text recognition (OCR)"),
        }),
        Of<LicenceScanStatus>(("执照识别结果", "Licence scan status"), k => k switch
        {
            LicenceScanStatus.Matched => ("已分配给您", "Assigned to you"),
            LicenceScanStatus.NotInRoster => ("不在检查对象名录中", "Not in the roster"),
            _ => ("未分配给您", "Not assigned to you"),
        }),
        Of<InspectionMethod>(("检查方式", "Inspection method"), m => m switch
        {
            InspectionMethod.OnSite => ("现场检查", "On site"),
            InspectionMethod.OnlineMonitoring => ("网络监测", "Online monitoring"),
            _ => ("书面检查", "Document review"),
        }),
        Of<AcknowledgementKind>(("签收情况", "Acknowledgement"), k => k switch
        {
            AcknowledgementKind.None => ("尚未签收", "Not yet"),
            AcknowledgementKind.Signed => ("已签字", "Signed"),
            _ => ("拒绝签字", "Refused"),
        }),
        Of<FollowUpStatus>(("后续处置状态", "Follow-up status"), s => s switch
        {
            FollowUpStatus.HandedOver => ("已移交", "Handed over"),
            FollowUpStatus.InProgress => ("处置中", "In progress"),
            FollowUpStatus.Rectified => ("已整改", "Rectified"),
            FollowUpStatus.CaseFiled => ("已立案", "Case filed"),
            _ => ("已办结", "Closed"),
        }),
        Of<EvidenceKind>(("证据类别", "Evidence kind"), k => k switch
        {
            EvidenceKind.Photo => ("照片", "Photo"),
            EvidenceKind.Audio => ("录音", "Audio"),
            EvidenceKind.Video => ("视频", "Video"),
            _ => ("文档", "Document"),
        }),
        Of<AttachmentKind>(("附件类别", "Attachment kind"), k => k switch
        {
            AttachmentKind.SignedRecord => ("签字的抽取记录", "Signed record"),
            _ => ("签字过程录像", "Signing video"),
        }),
        Of<BundleVerificationStatus>(("核验结果", "Verification result"), s => s switch
        {
            BundleVerificationStatus.Verified => ("核验通过", "Verified"),
            BundleVerificationStatus.Mismatch => ("核验不一致", "Mismatch"),
            BundleVerificationStatus.SecretNotRevealed => ("随机种子尚未公开", "Secret not revealed"),
            BundleVerificationStatus.DiffersFromPublished => ("与公示结果不一致", "Differs from the published draw"),
            _ => ("未公示", "Not published"),
        }),
        Of<BundleMismatchKind>(("不一致类别", "Mismatch kind"), k => k switch
        {
            BundleMismatchKind.Protocol => ("协议不是 DR1", "Protocol is not DR1"),
            BundleMismatchKind.Leaf => ("数据项无法解析", "Unparsable leaf"),
            BundleMismatchKind.InvalidInput => ("输入不符合 DR1 规则", "Input breaks a DR1 rule"),
            BundleMismatchKind.SecretFormat => ("随机种子格式错误", "Malformed secret"),
            BundleMismatchKind.Recomputed => ("重新计算结果不同", "Recomputation differs"),
            BundleMismatchKind.Published => ("与公示值不同", "Differs from the published value"),
            _ => ("无对应的公示抽取", "No published draw"),
        }),
        Of<TargetKind>(("检查对象类别", "Target kind"), k => k.DisplayName()),
        Of<TargetStatus>(("检查对象状态", "Target status"), s => s.DisplayName()),
        Of<RiskTier>(("风险等级", "Risk tier"), RiskTierName),
        Of<CreditClass>(("信用分类", "Credit class"), CreditClassName),
        Of<OfficerStatus>(("执法检查人员状态", "Officer status"), s => s.DisplayName()),
        Of<RecusalReason>(("回避原因", "Recusal reason"), r => r.DisplayName()),
        Of<RecusalOrigin>(("回避来源", "Recusal origin"), o => o switch
        {
            RecusalOrigin.Registry => ("回避登记", "Registry"),
            _ => ("以往检查", "Previous inspection"),
        }),
        Of<ImportRoster>(("导入名录", "Imported roster"), r => r switch
        {
            ImportRoster.Targets => ("检查对象", "Targets"),
            ImportRoster.Officers => ("执法检查人员", "Officers"),
            ImportRoster.InspectionHistory => ("历史检查结果", "Inspection history"),
            _ => ("回避关系", "Recusals"),
        }),
        Of<InspectionOutcomeSource>(("历史检查结果来源", "Inspection history source"), s => s switch
        {
            InspectionOutcomeSource.Demo => ("演示数据（模拟）", "Demo (simulated)"),
            _ => ("导入", "Imported"),
        }),
        Of<ImportMode>(("导入方式", "Import mode"), m => m switch
        {
            ImportMode.DryRun => ("仅校验不写入", "Dry run"),
            ImportMode.Apply => ("全部正确才写入", "Apply (all or nothing)"),
            _ => ("写入正确的行", "Apply the valid rows"),
        }),
        Of<ImportJobStatus>(("导入状态", "Import status"), s => s switch
        {
            ImportJobStatus.Queued => ("排队中", "Queued"),
            ImportJobStatus.Running => ("导入中", "Running"),
            ImportJobStatus.Succeeded => ("已完成", "Succeeded"),
            ImportJobStatus.Rejected => ("已拒绝", "Rejected"),
            _ => ("失败", "Failed"),
        }),
        Of<ImportJobPhase>(("导入阶段", "Import phase"), p => p switch
        {
            ImportJobPhase.Reading => ("读取文件", "Reading"),
            ImportJobPhase.Validating => ("校验数据", "Validating"),
            ImportJobPhase.Writing => ("写入数据", "Writing"),
            ImportJobPhase.Indexing => ("建立索引并提交", "Indexing"),
            _ => ("记录审计", "Auditing"),
        }),
        Of<CodeFailureKind>(("代码错误类别", "Code failure"), k => k switch
        {
            CodeFailureKind.Empty => ("为空", "Empty"),
            CodeFailureKind.WrongLength => ("长度不对", "Wrong length"),
            CodeFailureKind.CharacterNotAllowed => ("含不允许的字符", "Character not allowed"),
            CodeFailureKind.RegionNotDigits => ("行政区划码不是数字", "Region code not digits"),
            CodeFailureKind.CheckCharacter => ("校验码错误", "Wrong check character"),
            CodeFailureKind.WrongPrefix => ("前缀错误", "Wrong prefix"),
            _ => ("格式错误", "Wrong format"),
        }),
        Of<ExportFormat>(("导出格式", "Export format"), f => (f.ToString().ToUpperInvariant(), f.ToString().ToUpperInvariant())),
        Of<PublicationCsvEncoding>(("导出编码", "Export encoding"), e => e == PublicationCsvEncoding.Utf8
            ? ("UTF-8（带 BOM）", "UTF-8 (with a BOM)")
            : ("国标 GB 18030", "GB 18030")),
        Of<SummaryStatus>(("汇总表状态", "Summary status"), s => s switch
        {
            SummaryStatus.Incomplete => ("尚有对象未检查", "Targets not yet inspected"),
            SummaryStatus.NeedsSignatures => ("待组员签名", "Needs members' signatures"),
            SummaryStatus.AwaitingLeader => ("待组长签署", "Awaiting the leader's sign-off"),
            _ => ("已签署", "Signed off"),
        }),
        Of<CalendarDayKind>(("节假日安排类别", "Calendar day kind"), k => k switch
        {
            CalendarDayKind.Holiday => ("放假", "Holiday"),
            _ => ("调休上班", "Adjusted working day"),
        }),
        Of<PublicationState>(("公示状态", "Publication state"), s => s switch
        {
            PublicationState.NotCompleted => ("任务未结束", "Task not completed"),
            PublicationState.Due => ("待公示", "Due"),
            PublicationState.Overdue => ("已逾期未公示", "Overdue"),
            PublicationState.Published => ("已按期公示", "Published"),
            _ => ("逾期公示", "Published late"),
        }),
        Of<PublicationStatusFilter>(("公示列表筛选", "Publication list filter"), s => s switch
        {
            PublicationStatusFilter.Due => ("待公示", "Due"),
            PublicationStatusFilter.Overdue => ("已逾期", "Overdue"),
            _ => ("已公示（含逾期公示）", "Published (also late)"),
        }),
        Of<CorrectionStatus>(("更正申请状态", "Correction status"), s => s switch
        {
            CorrectionStatus.Pending => ("待审批", "Pending"),
            CorrectionStatus.Approved => ("已批准", "Approved"),
            _ => ("已驳回", "Rejected"),
        }),
        Of<RiskJobKind>(("风险模型作业类别", "Risk job kind"), k => k == RiskJobKind.Train ? ("训练", "Training") : ("评分", "Scoring")),
        Of<RiskJobStatus>(("风险模型作业状态", "Risk job status"), s => s switch
        {
            RiskJobStatus.Queued => ("排队中", "Queued"),
            RiskJobStatus.Running => ("进行中", "Running"),
            RiskJobStatus.Succeeded => ("已完成", "Succeeded"),
            RiskJobStatus.Failed => ("失败", "Failed"),
            _ => ("已取消", "Cancelled"),
        }),
        // Application's Risk.Training.RiskJobStage by its wire names: Rosters does not reference the Risk feature (FeatureCycleTests).
        new("RiskJobStage", ("风险模型作业阶段", "Risk job stage"),
        [
            ("queued", ("排队中", "Queued")), ("readingRows", ("读取训练数据", "Reading rows")),
            ("trainingLinear", ("训练线性模型", "Training the linear model")), ("trainingTrees", ("训练树模型", "Training the tree ensemble")),
            ("evaluating", ("评估与比较", "Evaluating")), ("saving", ("保存模型", "Saving")), ("readingTargets", ("读取检查对象", "Reading targets")),
            ("scoring", ("评分", "Scoring")), ("writingScores", ("写入评分与等级", "Writing scores")), ("finished", ("已结束", "Finished")),
        ]),
        Of<EvaluationReportStatus>(("评估报告状态", "Evaluation report status"), s => s switch
        {
            EvaluationReportStatus.Queued => ("排队中", "Queued"),
            EvaluationReportStatus.Running => ("生成中", "Running"),
            EvaluationReportStatus.Succeeded => ("已完成", "Succeeded"),
            EvaluationReportStatus.Failed => ("失败", "Failed"),
            _ => ("已取消", "Cancelled"),
        }),
        // Application's Evaluation.ReportFormat by its wire names: Rosters does not reference the Evaluation feature (FeatureCycleTests).
        new("ReportFormat", ("报告格式", "Report format"), [("pdf", ("PDF", "PDF")), ("html", ("HTML", "HTML"))]),
        Of<RiskTierCutoffMode>(("风险等级分界方式", "Risk tier cut-off mode"), m => m switch
        {
            RiskTierCutoffMode.Thresholds => ("概率阈值", "Probability thresholds"),
            _ => ("总体分位", "Population quantiles"),
        }),
        new("Role", ("角色", "Role"), [.. Roles.All.Select(r => (r, Roles.DisplayNames[r]))]),
        new("StratumTier", ("分层风险等级", "Stratum tier"),
            [.. Enum.GetValues<RiskTier>().Select(t => (t.ToString(), RiskTierName(t))), (StratumRule.Unrated, ("未评级", "Unrated"))]),
        new("ConfirmableAction", ("确认事项", "Confirmed action"), [.. ConfirmableActions.All.Order(StringComparer.Ordinal).Select(a => (a, ActionName(a)))]),
    ];

    public static (string Chinese, string English) RiskTierName(RiskTier tier) => ($"{tier} 级", $"Tier {tier}");

    public static (string Chinese, string English) CreditClassName(CreditClass credit) => credit switch
    {
        CreditClass.A => ("A 类（信用风险低）", "Class A (low credit risk)"),
        CreditClass.B => ("B 类（信用风险一般）", "Class B (moderate credit risk)"),
        CreditClass.C => ("C 类（信用风险较高）", "Class C (elevated credit risk)"),
        _ => ("D 类（信用风险高）", "Class D (high credit risk)"),
    };

    private static (string Chinese, string English) ActionName(string action) => action switch
    {
        ConfirmableActions.DrawExecute => ("执行抽取", "Execute a draw"),
        _ => (action, action),
    };

    /// <summary>A value's Chinese display name (a sheet or a record shows it to people), its wire name when not catalogued.</summary>
    public static string Chinese<T>(T value)
        where T : struct, Enum =>
        NameOf(value)?.Chinese ?? EnumWire.Name(value);

    /// <summary>A value's display name in the caller's language (Chinese first), its wire name when not catalogued.</summary>
    public static string DisplayName<T>(T value)
        where T : struct, Enum =>
        NameOf(value) is { } name ? Text.Of(name.Chinese, name.English) : EnumWire.Name(value);

    private static (string Chinese, string English)? NameOf<T>(T value)
        where T : struct, Enum
    {
        var wire = EnumWire.Name(value);
        var names = All.FirstOrDefault(e => e.Schema == typeof(T).Name)?.Values ?? [];
        return names.Where(v => v.Value == wire).Select(v => ((string Chinese, string English)?)v.Name).FirstOrDefault();
    }

    private static Entry Of<T>((string Chinese, string English) name, Func<T, (string Chinese, string English)> valueName)
        where T : struct, Enum =>
        new(typeof(T).Name, name, [.. Enum.GetValues<T>().Select(v => (EnumWire.Name(v), valueName(v)))]);

    /// <summary>One enum's names; <see cref="Values"/> in declaration order.</summary>
    public sealed record Entry(
        string Schema,
        (string Chinese, string English) Name,
        IReadOnlyList<(string Value, (string Chinese, string English) Name)> Values);
}
