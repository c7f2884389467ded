using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// The document as a whole: the server (relative, so the document works behind any host or proxy), the licence and a
/// description of every tag, in Chinese and English, in a stable order.
/// </summary>
internal sealed class DocumentInfoFilter : IDocumentFilter
{
    /// <summary>Every tag of the API and what it holds. A tag missing here fails the lint test (tag-description).</summary>
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Evidence 检查证据"] = "检查证据（照片、录音、视频、文档）：小文件上传、查看、下载 / Inspection evidence (photos, recordings, videos, documents): small uploads, metadata, downloads.",
        ["Uploads 续传上传"] = "tus 1.0 断点续传上传，大文件（视频）用，完成后成为检查证据 / Resumable uploads by tus 1.0 for large files (videos); a finished upload becomes evidence.",
        ["Auth 登录与身份"] = "登录、刷新与注销令牌、修改密码、监督人确认 / Sign in, refresh and revoke tokens, change the password, supervisors' confirmations.",
        ["Users 用户管理"] = "用户账号、角色与所属派出机构（系统管理员）/ User accounts, their roles and branch unit (administrators).",
        ["Branch units 派出机构"] = "派出机构（执法单位层级）/ Branch units, the bureau's hierarchy of enforcement units.",
        ["Departments 部门"] = "监管部门（联合抽查的牵头与参与部门）/ Supervising departments (lead and joint departments of a task).",
        ["Targets 检查对象"] = "检查对象名录库：查询、维护、导出 / The roster of inspection targets: search, maintain, export.",
        ["Officers 执法检查人员"] = "执法检查人员名录库：查询、维护、导出 / The roster of enforcement officers: search, maintain, export.",
        ["Recusals 回避"] = "回避关系登记 / Recusals: officers who must not inspect a target.",
        ["Import jobs 批量导入"] = "名录批量导入任务：进度与报告 / Roster import jobs: progress and reports.",
        ["Reference data 基础数据"] = "行政区划、国民经济行业分类与枚举的显示名称 / Regions, industry classification and the display names of enums.",
        ["Inspection items 抽查事项"] = "抽查事项清单 / The list of inspection items.",
        ["Tasks 抽查任务"] = "抽查任务：范围、分层、分组与可行性 / Inspection tasks: scope, strata, groups and feasibility.",
        ["Draws 抽取"] = "抽取：准备、执行、结果、变更、记录与附件 / Draws: prepare, execute, results, amendments, the record and attachments.",
        ["Inspections 现场检查"] = "现场检查：我的检查任务、检查记录、结果类别、被检查对象签收、检查组汇总表与签名（docs/inspections.md）/ On-site inspection: assignments, records, result categories, the target's acknowledgement, group summaries and sign-off (docs/inspections.md).",
        ["After inspection 检查后续"] = "检查后续：移交后续处置（承办单位、处置期限、状态逐步推进、逾期清单）（docs/after-inspection.md）/ After the inspection: findings handed over for follow-up (supervising unit, deadline, one step at a time, the overdue list) (docs/after-inspection.md).",
        ["Publication 结果公示"] = "结果公示（一公开）：节假日安排、工作日计算、任务的公示期限（结束后第 20 个工作日）与逾期清单、公示操作、报送国家企业信用信息公示系统的导出（docs/after-inspection.md）/ Publication (一公开): the holiday calendar, working days, each task's deadline (the 20th working day after it closed) and the overdue list, publishing, the export for the national enterprise credit information publicity system (docs/after-inspection.md).",
        ["Public disclosure 公示"] = "公开的抽取结果、公示包与核验，以及已公示的检查结果（无需登录）/ Published draws, bundles and verification, and published inspection results (no sign-in needed).",
        ["Corrections 更正"] = "更正（§7.2）：最终结果（汇总表已签署或任务已结束）只能经监管单位领导批准的更正改变，原版本保留（docs/after-inspection.md）/ Corrections (§7.2): a final result changes only by a correction a leader of the supervising unit approves; the original stays visible (docs/after-inspection.md).",
        ["Archives 电子档案"] = "电子档案：任务公示后归档为一个 ZIP（抽取、汇总表、检查记录、证据、后续处置、更正、公示结果与 SHA-256 清单），下载与核验；归档后任务只读（docs/after-inspection.md）/ The electronic archive: a published task archived into one ZIP (draw, summaries, records, evidence, follow-ups, corrections, publication and a SHA-256 manifest), downloaded and verified; an archived task is read-only (docs/after-inspection.md).",
        ["Evaluation reports 监管效果评估报告"] = "监管效果评估报告（#17）：按期间（年、季度或自定义）和范围（单位、部门、行业）生成的后台作业，进度可轮询；报告数据（覆盖、发现问题率、按入样概率的总体估计及置信区间、趋势、后续处置、公示、公平性、风险模型）以 JSON 返回，PDF 与 HTML 可下载（中文文件名）；按输入指纹复用，生成记入审计（docs/evaluation-report.md）/ The regulation-effect evaluation report (#17): background generations for a period (year, quarter or custom) and a scope (units, departments, industries) with pollable progress; the figures (coverage, hit rates, design-based population estimates with intervals, trends, follow-ups, publication, fairness, the risk model) as JSON, the PDF and HTML as downloads with Chinese names; reused by the inputs' fingerprint, audited (docs/evaluation-report.md).",
        ["Risk model 风险模型"] = "风险模型（#16）：按 1/λ 加权训练并比较训练器的后台作业、模型登记册（版本、指标、特征、SHA-256）、版本比较与启用、用启用版本评分、按评分划分风险等级 A–D（分界设置、评分记录及各等级间迁移数量、等级分布）及单个对象风险等级的解释（docs/risk-model.md）/ The risk model (#16): background trainings weighted by 1/λ comparing trainers, the model registry (versions, metrics, features, SHA-256), comparison and activation, scoring with the active version, tiers A–D from the scores (cut-offs, scorings with their counts per move, the distribution) and why one target has its tier (docs/risk-model.md).",
        ["Public 公开"] = "公开的审计链头（无需登录）/ Published audit chain heads (no sign-in needed).",
        ["Audit 审计"] = "审计日志：查询、导出、核验与脱敏 / The audit trail: search, export, verify and redact.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "本服务（相对地址）/ This service (relative)" }];
        swaggerDoc.Info ??= new OpenApiInfo();
        swaggerDoc.Info.License = new OpenApiLicense
        {
            // The repository has no LICENSE file: no licence is granted (all rights reserved by the owner).
            Name = "Proprietary — all rights reserved (no licence file in the repository) / 专有，保留所有权利",
            Identifier = "LicenseRef-Proprietary",
        };

        var used = (swaggerDoc.Paths?.Values.AsEnumerable() ?? [])
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags?.AsEnumerable() ?? [])
            .Select(t => t.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = Tags.GetValueOrDefault(name),
        }));
    }
}
