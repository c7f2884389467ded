using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Commands.ActivateRiskModel;
using DoubleRandom.Application.Risk.Commands.CancelRiskJob;
using DoubleRandom.Application.Risk.Commands.StartScoring;
using DoubleRandom.Application.Risk.Commands.StartTraining;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Queries.CompareRiskModels;
using DoubleRandom.Application.Risk.Queries.GetRiskJob;
using DoubleRandom.Application.Risk.Queries.GetRiskModel;
using DoubleRandom.Application.Risk.Queries.GetRiskModelFile;
using DoubleRandom.Application.Risk.Queries.ListRiskJobs;
using DoubleRandom.Application.Risk.Queries.ListRiskModels;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Endpoints;

/// <summary>风险模型 (#16): trainings and scorings as background jobs, the model registry, comparison and activation (ADR 0029).</summary>
public static class RiskEndpoints
{
    public const string Tag = "Risk model 风险模型";

    internal const string Managers = "分析人员、系统管理员。";
    internal const string ManagersEn = "Analysts and administrators.";
    internal const string Readers = "分析人员、系统管理员、抽取人、领导、监督人。";
    internal const string ReadersEn = "Analysts, administrators, operators, leaders and supervisors.";

    public static void MapRisk(this RouteGroupBuilder api)
    {
        var risk = api.MapGroup("/risk").WithTags(Tag);
        risk.MapPost("/trainings", StartTraining)
            .WithName("StartRiskTraining")
            .Describe("训练风险模型（后台作业）", "Train the risk model (a background job)",
                Managers + "按时间切分训练：from 至 to 之间的检查结果（已定稿检查记录的当前结果和历史检查，按北京时间日期，仅限名录中的对象），validationFrom 及以后的用于验证；省略时 to 为今天、from 为十年前、validationFrom 为一年前。weighted（默认 true）按 1/λ 加权；trainers 限定比较的训练器。返回 202 和作业，Location 指向可轮询的作业；成功后作业给出新的模型版本（未启用：启用须另行操作）。日期不合法、早于 2000-01-01 或晚于今天 400；已有作业未结束 409 risk-job-running；训练期或验证期没有检查结果 409 risk-no-labelled-rows / risk-no-validation-rows；训练期结果只有一类（全部发现问题或全部未发现问题）409 risk-one-class，均不写入任何数据。",
                ManagersEn + " A time-split training: the labelled results (the current results of final inspection records and past inspections, by Asia/Shanghai day, of targets in the roster) from from to to, those on or after validationFrom for validation; omitted, to is today, from ten years before and validationFrom one year before. weighted (default true) weights rows by 1/λ; trainers narrows the trainers compared. Answers 202 with the job; Location points at the job to poll, which names the new registry version when it succeeds (not active: activate it explicitly). Invalid dates, before 2000-01-01 or in the future: 400; a job still unfinished: 409 risk-job-running; no results in the training or validation period: 409 risk-no-labelled-rows / risk-no-validation-rows; training results all of one class (all with or all without a problem): 409 risk-one-class; nothing is written.")
            .RequireAuthorization(Policies.RiskManage)
            .ProducesValidationProblem().ProducesConflict("risk-job-running", "risk-no-labelled-rows", "risk-one-class", "risk-no-validation-rows");
        risk.MapPost("/scorings", StartScoring)
            .WithName("StartRiskScoring")
            .Describe("用启用的模型为检查对象评分（后台作业）", "Score the targets with the active model (a background job)",
                Managers + "用启用的模型版本为每个有效检查对象评分并按分界写入风险等级（一次审计的重新评分，见 GET /risk/rescores）。返回 202 和作业。没有启用的版本 409 risk-no-active-model；已有作业（如训练）未结束 409 risk-job-running。",
                ManagersEn + " Scores every active target with the active registry version and writes its tier by the cut-offs (one audited re-score, see GET /risk/rescores). Answers 202 with the job. No active version: 409 risk-no-active-model; a job (a training) still unfinished: 409 risk-job-running.")
            .RequireAuthorization(Policies.RiskManage)
            .ProducesConflict("risk-job-running", "risk-no-active-model");
        risk.MapGet("/jobs", ListJobs)
            .WithName("ListRiskJobs")
            .Describe("风险模型作业列表", "List risk jobs",
                Readers + "训练和评分作业，新的在前；按类别（kind）和状态筛选，分页。",
                ReadersEn + " Trainings and scorings, newest first; filters kind and status, paged.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesValidationProblem();
        risk.MapGet("/jobs/{id:guid}", GetJob)
            .WithName("GetRiskJob")
            .Describe("风险模型作业的状态和进度", "A risk job's status and progress",
                Readers + "状态、阶段（stage）、已处理行数（rowsDone/rowsTotal），训练成功后为新的模型版本（modelId、modelVersion），评分成功后为重新评分记录（rescoreId），失败时为 errorCode 与 errorMessage。进度约每秒写入一次。",
                ReadersEn + " Status, stage, rows done of rows total; when a training succeeded the new version (modelId, modelVersion), when a scoring succeeded its re-score (rescoreId), when it failed errorCode and errorMessage. Progress is stored about once a second.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesProblem(404);
        risk.MapPost("/jobs/{id:guid}/cancellation", CancelJob)
            .WithName("CancelRiskJob")
            .Describe("取消风险模型作业", "Cancel a risk job",
                Managers + "排队中的作业立即取消；运行中的作业在下一个检查点停止（状态变为 cancelled，不写入模型或评分）。取消请求记入审计。作业不存在 404；已结束 409 risk-job-finished。",
                ManagersEn + " A queued job is cancelled at once; a running one stops at its next check (status cancelled; no model or score is written). The request is audited. Unknown job: 404; finished: 409 risk-job-finished.")
            .RequireAuthorization(Policies.RiskManage)
            .ProducesProblem(404).ProducesConflict("risk-job-finished");
        risk.MapGet("/models", ListModels)
            .WithName("ListRiskModels")
            .Describe("风险模型版本列表", "List the risk model versions",
                Readers + "模型登记册的各版本，新的在前：训练器、数据期间与行数（其中 λ 为估计值的行数）、是否加权、验证指标（加权 AUC、PR-AUC、对数损失、Brier、预算下的精确率与提升度）、特征是否与当前定义一致（compatible）、模型文件的 SHA-256、是否启用。",
                ReadersEn + " The registry's versions, newest first: trainer, data range and rows (those with an estimated λ among them), whether weighted, validation metrics (weighted AUC, PR-AUC, log loss, Brier, precision and lift at the budget), whether its features match the current schema (compatible), the model file's SHA-256, whether active.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesValidationProblem();
        risk.MapGet("/models/comparison", Compare)
            .WithName("CompareRiskModels")
            .Describe("比较两个模型版本", "Compare two model versions",
                Readers + "first 与 second 两个版本并列：两者的概要、各验证指标及其差（second − first，higherIsBetter 指明改进方向）、只在一方出现的特征、训练器和特征指纹是否相同、验证期是否相同（不同则指标不可直接比较）。任一版本不存在 404。",
                ReadersEn + " Versions first and second side by side: both summaries, each validation metric and its delta (second − first; higherIsBetter says which way improves), the features only one reads, whether trainer and feature fingerprint are the same, and whether the validation period is (metrics of different periods do not compare directly). Either unknown: 404.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesProblem(404);
        risk.MapGet("/models/{id:guid}", GetModel)
            .WithName("GetRiskModel")
            .Describe("模型版本详情", "A model version in full",
                Readers + "概要之外：所选训练器的超参数、按顺序的特征及其指纹、训练集指标、各候选训练器的验证指标比较（candidates，chosen 标出选中者）。不存在 404。",
                ReadersEn + " Besides the summary: the chosen trainer's hyper-parameters, the features in order and their fingerprint, the training metrics, and the comparison of the candidate trainers on validation (candidates; chosen marks the one picked). Unknown: 404.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesProblem(404);
        risk.MapGet("/models/{id:guid}/file", DownloadModel)
            .WithName("DownloadRiskModelFile")
            .Describe("下载模型文件", "Download the model file",
                Readers + "ML.NET 模型文件（ZIP），名如 风险模型-v3.zip；ETag 为登记的 SHA-256（If-None-Match 相同时 304）。不存在 404。",
                ReadersEn + " The ML.NET model file (ZIP), named like 风险模型-v3.zip; its registered SHA-256 is the ETag (304 for a matching If-None-Match). Unknown: 404.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesStoredFile("application/zip")
            .ProducesProblem(404);
        risk.MapPost("/models/{id:guid}/activation", Activate)
            .WithName("ActivateRiskModel")
            .Describe("启用模型版本", "Activate a model version",
                Managers + "此后的评分使用该版本（原启用版本停用）；记入审计（版本、前一版本、模型文件 SHA-256）。启用前从文件加载模型并核对其 SHA-256，不重新训练。不存在 404；特征与当前定义不一致 409 risk-model-incompatible；未加权训练的演示版本 409 risk-model-unweighted；模型文件损坏 409 risk-model-damaged。已启用的版本再次启用不作改变。",
                ManagersEn + " Scorings use this version from now on (the active one is deactivated); audited (version, previous version, the model file's SHA-256). The model is loaded from its file, its SHA-256 checked, not retrained. Unknown: 404; features other than the current schema: 409 risk-model-incompatible; a version trained without weights (a demonstration): 409 risk-model-unweighted; a damaged file: 409 risk-model-damaged. Activating the active version changes nothing.")
            .RequireAuthorization(Policies.RiskManage)
            .ProducesProblem(404).ProducesConflict("risk-model-incompatible", "risk-model-unweighted", "risk-model-damaged");
    }

    private static async Task<Accepted<RiskJobDto>> StartTraining(StartTrainingCommand? command, IMediator mediator, CancellationToken ct)
    {
        var job = await mediator.Send(command ?? new StartTrainingCommand(), ct);
        return TypedResults.Accepted($"/api/v1/risk/jobs/{job.Id}", job);
    }

    private static async Task<Accepted<RiskJobDto>> StartScoring(IMediator mediator, CancellationToken ct)
    {
        var job = await mediator.Send(new StartScoringCommand(), ct);
        return TypedResults.Accepted($"/api/v1/risk/jobs/{job.Id}", job);
    }

    private static async Task<Ok<PagedResult<RiskJobDto>>> ListJobs(
        IMediator mediator, CancellationToken ct, [QueryEnum(typeof(RiskJobKind))] string? kind = null,
        [QueryEnum(typeof(RiskJobStatus))] string? status = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListRiskJobsQuery(
            QueryEnum.Parse<RiskJobKind>(kind, "kind"), QueryEnum.Parse<RiskJobStatus>(status, "status"), page, pageSize), ct));

    private static async Task<Ok<RiskJobDto>> GetJob(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRiskJobQuery(id), ct));

    private static async Task<Ok<RiskJobDto>> CancelJob(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CancelRiskJobCommand(id), ct));

    private static async Task<Ok<PagedResult<RiskModelSummaryDto>>> ListModels(IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListRiskModelsQuery(page, pageSize), ct));

    private static async Task<Ok<RiskModelComparisonDto>> Compare(Guid first, Guid second, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CompareRiskModelsQuery(first, second), ct));

    private static async Task<Ok<RiskModelDto>> GetModel(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRiskModelQuery(id), ct));

    private static async Task<FileContentHttpResult> DownloadModel(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(new GetRiskModelFileQuery(id), ct);
        DownloadName.Set(response, $"risk-model-v{file.Version}.zip", $"风险模型-v{file.Version}.zip");
        return TypedResults.File(file.Content, "application/zip", null, enableRangeProcessing: true,
            lastModified: new DateTimeOffset(file.TrainedAtUtc, TimeSpan.Zero), entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static async Task<Ok<RiskModelSummaryDto>> Activate(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ActivateRiskModelCommand(id), ct));
}
