using System.Security.Cryptography;
using System.Text.Json;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Inspections.Assignments;
using DoubleRandom.Application.Inspections.Assignments.Queries.GetMyAssignments;
using DoubleRandom.Application.Inspections.Categories;
using DoubleRandom.Application.Inspections.Categories.Commands.CreateResultCategory;
using DoubleRandom.Application.Inspections.Categories.Commands.UpdateResultCategory;
using DoubleRandom.Application.Inspections.Categories.Queries.GetResultCategory;
using DoubleRandom.Application.Inspections.Categories.Queries.ListResultCategories;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Application.Inspections.Records.Commands.CreateInspectionRecord;
using DoubleRandom.Application.Inspections.Records.Commands.RefuseAcknowledgement;
using DoubleRandom.Application.Inspections.Records.Commands.ReviseInspectionRecord;
using DoubleRandom.Application.Inspections.Records.Commands.SignAcknowledgement;
using DoubleRandom.Application.Inspections.Records.Queries.GetInspectionRecord;
using DoubleRandom.Application.Inspections.Records.Queries.GetSignature;
using DoubleRandom.Application.Inspections.Records.Queries.ListInspectionRecords;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// On-site inspection (§6): the inspector's assignments, result categories (reference data), inspection records and the
/// target's acknowledgement. docs/inspections.md is the mobile client's guide.
/// </summary>
public static class InspectionEndpoints
{
    public sealed record CategoryRequest(string? NameZh, string? NameEn, bool? IndicatesProblem, int? SortOrder, bool? IsRetired, int? Version);

    public sealed record RecordRequest(
        string? TargetCode, InspectionMethod? Method, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Place, double? Latitude,
        double? Longitude, IReadOnlyList<RecordItemInput>? Items);

    public sealed record RevisionRequest(
        InspectionMethod? Method, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Place, double? Latitude, double? Longitude,
        IReadOnlyList<RecordItemInput>? Items);

    public sealed record RefusalRequest(string? Reason, IReadOnlyList<WitnessInput>? Witnesses);

    public static RouteGroupBuilder MapInspections(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Inspections 现场检查");
        me.MapGet("/assignments", Assignments)
            .WithName("GetMyAssignments")
            .Describe("我的检查任务", "My assignments",
                "执法检查人员。本人所在检查组（抽取已封存、已批准的变更已生效）的检查对象，按任务和检查组列出：任务名称和年度、是否组长、组员姓名、对象的名称、地址和联系人、已有检查记录的编号和版本以及是否已签收；任务的抽查事项（检查要点、法律依据）每个任务只列一次。抽取封存前、其他检查组、已结束的任务都不出现。ETag 为响应内容的 SHA-256，If-None-Match 相同时 304（无响应体）。",
                "Inspectors. The targets of the caller's own groups (sealed draws, approved amendments applied), by task and group: task name and year, whether the caller leads, the members' names, each target's name, address and contact, the id and version of its record when there is one and whether the target acknowledged; the task's items (checklist points, legal basis) once per task. Nothing before the draw is sealed, nothing of other groups, nothing of closed tasks. The ETag is the SHA-256 of the response; a matching If-None-Match is a 304 without a body.")
            .RequireAuthorization(Policies.InspectionsWork)
            .Produces<AssignmentsDto>(StatusCodes.Status200OK)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .Produces(StatusCodes.Status304NotModified)
            .WithResponseHeader(StatusCodes.Status304NotModified, ResponseHeadersOperationFilter.ETag);

        var categories = api.MapGroup("/result-categories").WithTags("Inspections 现场检查");
        categories.MapGet("/", ListCategories)
            .WithName("ListResultCategories")
            .Describe("检查结果类别", "List result categories",
                "所有已登录用户。按顺序列出检查结果类别（初始为国家企业信用信息公示系统的 9 类）；默认不含已停用类别（includeRetired=true 时包含）。",
                "Every signed-in user. The result categories in order (initially the 9 of the national enterprise credit information publicity system); retired ones only with includeRetired=true.")
            .RequireAuthorization(Policies.TasksRead);
        categories.MapGet("/{code}", GetCategory)
            .WithName("GetResultCategory")
            .Describe("查看一个检查结果类别", "Get one result category",
                "所有已登录用户。包括已停用的类别；返回版本号（修改时须回传）。",
                "Every signed-in user. Retired ones too; returns the version (send it back when changing the category).")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        categories.MapPost("/", CreateCategory)
            .WithName("CreateResultCategory")
            .Describe("新增检查结果类别", "Add a result category",
                "系统管理员。代码唯一（409 duplicate-code），不能修改。",
                "Administrators. The code is unique (409 duplicate-code) and never changes.")
            .RequireAuthorization(Policies.ResultCategoriesManage)
            .ProducesValidationProblem().ProducesConflict("duplicate-code");
        categories.MapPut("/{code}", UpdateCategory)
            .WithName("UpdateResultCategory")
            .Describe("修改或停用检查结果类别", "Change or retire a result category",
                "系统管理员。修改名称、是否表示发现问题、顺序，或停用（isRetired=true）：类别不删除，已有记录保留其代码，停用后新结果不能再选用。须回传 version（409 stale-version）。",
                "Administrators. Changes the names, whether it indicates a problem, the order, or retires it (isRetired=true): categories are never deleted, records keep their code, and a retired one cannot be chosen for new results. Send the version you read (409 stale-version).")
            .RequireAuthorization(Policies.ResultCategoriesManage)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("stale-version");

        var tasks = api.MapGroup("/tasks").WithTags("Inspections 现场检查");
        tasks.MapPost("/{taskId:guid}/inspection-records", CreateRecord)
            .WithName("CreateInspectionRecord")
            .Describe("填写检查记录", "Write an inspection record",
                "执法检查人员，仅限本人所在检查组的对象（否则 400 targetCode）。一次检查覆盖任务的全部抽查事项，每个事项恰好一个结果（缺少时 400 items 指明事项）；结果类别须存在且未停用（400 items[i].resultCategoryCode）；检查方式、起止时间（带时区）、地点和可选的 WGS-84 坐标。任务已结束 409 task-closed，抽取未封存 409 draw-not-sealed；同一任务同一对象只有一份记录：再次提交 409 record-exists，existingId 为已有记录。",
                "Inspectors, for targets of their own group only (else 400 targetCode). One visit covers every item of the task with exactly one result each (a missing one is a 400 on items naming it); the result category must exist and not be retired (400 items[i].resultCategoryCode); method, start and finish (with offset), place and optional WGS-84 coordinates. A closed task is 409 task-closed, an unsealed draw 409 draw-not-sealed; one record per task and target: a second one is 409 record-exists with the existing record as existingId.")
            .RequireAuthorization(Policies.InspectionsWork)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed", "draw-not-sealed", "record-exists", "duplicate-key")
            .Idempotent();
        tasks.MapGet("/{taskId:guid}/inspection-records", ListRecords)
            .WithName("ListInspectionRecords")
            .Describe("任务的检查记录", "List a task's inspection records",
                "执法检查人员只看到本人所在检查组的记录；抽取人、领导、监督人、系统管理员、分析人员看到其数据范围内任务的全部记录（范围外 404）。可按检查组筛选，分页、排序。",
                "Inspectors see the records of their own groups; operators, leaders, supervisors, administrators and analysts every record of a task in their data scope (404 outside). Filter by group, paging and sorting.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesValidationProblem().ProducesProblem(404);

        var records = api.MapGroup("/inspection-records").WithTags("Inspections 现场检查");
        records.MapGet("/{id:guid}", GetRecord)
            .WithName("GetInspectionRecord")
            .Describe("查看检查记录", "Get an inspection record",
                "本检查组成员，或数据范围内的抽取人、领导、监督人、系统管理员、分析人员（其他人 404）。ETag 为响应内容的 SHA-256：修改时放在 If-Match 中；If-None-Match 相同时 304。",
                "Members of the record's group, or operators, leaders, supervisors, administrators and analysts within their data scope (404 for anyone else). The ETag is the SHA-256 of the response: send it as If-Match to revise; a matching If-None-Match is a 304.")
            .RequireAuthorization(Policies.InspectionsRead)
            .Produces<InspectionRecordDto>(StatusCodes.Status200OK)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .Produces(StatusCodes.Status304NotModified)
            .WithResponseHeader(StatusCodes.Status304NotModified, ResponseHeadersOperationFilter.ETag)
            .ProducesProblem(404);
        records.MapPut("/{id:guid}", ReviseRecord)
            .WithName("ReviseInspectionRecord")
            .Describe("修改检查记录", "Revise an inspection record",
                "执法检查人员，仅限本检查组成员（其他人 404），任务结束前（409 task-closed）。须在 If-Match 中回传读取时的 ETag（缺少时 400 If-Match）；期间记录被修改则 409 stale-version。校验同填写。修改了检查方式、时间、地点或任一检查项结果时，签收随之清空（须由检查对象重新签字或重新记录拒签）；内容未变则签收保留、版本不变。修改前后内容记入审计，版本号和 ETag 随之改变（已签的汇总表签名随之失效）。",
                "Inspectors who are members of the record's group (404 for others), while the task is open (409 task-closed). Send the ETag you read as If-Match (400 If-Match when missing); a record changed since is 409 stale-version. Checked as when written. A revision that changes the method, times, place or any item result clears the acknowledgement (the target signs again or the refusal is recorded again); one with identical content keeps it and the version. Before and after go into the audit trail; the version and ETag change (signatures of the group's summary no longer match).")
            .RequireAuthorization(Policies.InspectionsWork)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed", "stale-version")
            .Idempotent();
        records.MapPut("/{id:guid}/acknowledgement/signature", Sign)
            .WithName("SignInspectionRecord")
            .Describe("被检查对象签字", "Record the target's signature",
                "执法检查人员，仅限本检查组成员，任务结束前。multipart 上传签字图片（PNG 或 JPEG，按内容判断，否则 400 file；不超过 5 MB，否则 413），按 SHA-256 保存；取代此前的签字或拒签记录。审计中只记图片的哈希。可带 If-Match（不符 409 stale-version）。",
                "Inspectors who are members of the record's group, while the task is open. A multipart signature image (PNG or JPEG judged by its bytes, else 400 file; at most 5 MB, else 413), stored by SHA-256; replaces an earlier signature or refusal. The audit trail records the image's hash only. If-Match is honoured (409 stale-version).")
            .RequireAuthorization(Policies.InspectionsWork)
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(SignAcknowledgementHandler.MaxBytes + (2 << 20)))
            .WithFormOptions(multipartBodyLengthLimit: SignAcknowledgementHandler.MaxBytes + (1 << 20))
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed", "stale-version")
            .Idempotent();
        records.MapGet("/{id:guid}/acknowledgement/signature", DownloadSignature)
            .WithName("DownloadInspectionSignature")
            .Describe("下载签字图片", "Download the signature image",
                "可查看该记录的用户。没有签字时 404。ETag 为图片的 SHA-256。每次下载记入审计。",
                "Whoever may read the record. 404 when it is not signed. The ETag is the image's SHA-256. Every download is recorded in the audit trail.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesDownload("image/png", "image/jpeg")
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .Produces(StatusCodes.Status304NotModified)
            .WithResponseHeader(StatusCodes.Status304NotModified, ResponseHeadersOperationFilter.ETag)
            .ProducesProblem(404);
        records.MapPut("/{id:guid}/acknowledgement/refusal", Refuse)
            .WithName("RefuseInspectionRecord")
            .Describe("被检查对象拒绝签字", "Record the target's refusal to sign",
                "执法检查人员，仅限本检查组成员，任务结束前。拒绝签字认定书（§6.2.5）：拒签理由和至少 2 名不同的见证人（姓名、身份证件或身份说明、可选电话），不足时 400 witnesses；取代此前的签字。可带 If-Match（不符 409 stale-version）。",
                "Inspectors who are members of the record's group, while the task is open. The refusal certificate (§6.2.5): the reason and at least 2 distinct witnesses (name, identity document or role, optional phone), else 400 witnesses; replaces an earlier signature. If-Match is honoured (409 stale-version).")
            .RequireAuthorization(Policies.InspectionsWork)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed", "stale-version")
            .Idempotent();
        return api;
    }

    private static async Task<IResult> Assignments(IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct)
    {
        var assignments = await mediator.Send(new GetMyAssignmentsQuery(), ct);
        return Tagged(context, ETagOf(assignments, json), TypedResults.Ok(assignments));
    }

    private static async Task<Ok<IReadOnlyList<ResultCategoryDto>>> ListCategories(IMediator mediator, CancellationToken ct, bool includeRetired = false) =>
        TypedResults.Ok(await mediator.Send(new ListResultCategoriesQuery(includeRetired), ct));

    private static async Task<Ok<ResultCategoryDto>> GetCategory(string code, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetResultCategoryQuery(code), ct));

    private static async Task<Created<ResultCategoryDto>> CreateCategory(CreateResultCategoryCommand c, IMediator mediator, CancellationToken ct)
    {
        var category = await mediator.Send(c, ct);
        return TypedResults.Created($"/api/v1/result-categories/{Uri.EscapeDataString(category.Code)}", category);
    }

    private static async Task<Ok<ResultCategoryDto>> UpdateCategory(string code, CategoryRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateResultCategoryCommand(code, r.NameZh, r.NameEn, r.IndicatesProblem, r.SortOrder, r.IsRetired, r.Version), ct));

    private static async Task<Created<InspectionRecordDto>> CreateRecord(
        Guid taskId, RecordRequest r, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct)
    {
        var record = await mediator.Send(new CreateInspectionRecordCommand(
            taskId, r.TargetCode, r.Method, r.StartedAtUtc, r.FinishedAtUtc, r.Place, r.Latitude, r.Longitude, r.Items), ct);
        return TypedResults.Created($"/api/v1/inspection-records/{record.Id}", await AsReadAsync(record.Id, mediator, context, json, ct));
    }

    private static async Task<Ok<PagedResult<InspectionRecordDto>>> ListRecords(
        Guid taskId, IMediator mediator, CancellationToken ct, int? group = null, int page = 1, int pageSize = 20,
        [SortQuery(typeof(ListInspectionRecordsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListInspectionRecordsQuery(taskId, group, page, pageSize, sort), ct));

    private static async Task<IResult> GetRecord(Guid id, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct)
    {
        var record = await mediator.Send(new GetInspectionRecordQuery(id), ct);
        return Tagged(context, ETagOf(record, json), TypedResults.Ok(record));
    }

    private static async Task<Ok<InspectionRecordDto>> ReviseRecord(
        Guid id, RevisionRequest r, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct,
        [FromHeader(Name = "If-Match")] string? ifMatch = null)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw RequestValidationException.ForField("If-Match", Text.Of(
                "修改检查记录须在 If-Match 中回传读取时的 ETag", "Send the ETag you read in If-Match to revise a record."));
        }

        var version = await MatchedVersionAsync(id, ifMatch, mediator, json, ct);
        var record = await mediator.Send(new ReviseInspectionRecordCommand(
            id, version, r.Method, r.StartedAtUtc, r.FinishedAtUtc, r.Place, r.Latitude, r.Longitude, r.Items), ct);
        return TypedResults.Ok(await AsReadAsync(record.Id, mediator, context, json, ct));
    }

    private static async Task<Ok<InspectionRecordDto>> Sign(
        Guid id, IFormFile file, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct,
        [FromHeader(Name = "If-Match")] string? ifMatch = null)
    {
        if (file.Length > SignAcknowledgementHandler.MaxBytes)
        {
            throw new BadHttpRequestException(
                Text.Of($"签字图片为 {file.Length} 字节，超过 {SignAcknowledgementHandler.MaxBytes} 字节的上限",
                    $"The signature is {file.Length} bytes; the limit is {SignAcknowledgementHandler.MaxBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        var version = await MatchedVersionAsync(id, ifMatch, mediator, json, ct);
        await using var stream = file.OpenReadStream();
        var record = await mediator.Send(new SignAcknowledgementCommand(id, version, stream), ct);
        return TypedResults.Ok(await AsReadAsync(record.Id, mediator, context, json, ct));
    }

    private static async Task<Ok<InspectionRecordDto>> Refuse(
        Guid id, RefusalRequest r, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct,
        [FromHeader(Name = "If-Match")] string? ifMatch = null)
    {
        var version = await MatchedVersionAsync(id, ifMatch, mediator, json, ct);
        var record = await mediator.Send(new RefuseAcknowledgementCommand(id, version, r.Reason, r.Witnesses), ct);
        return TypedResults.Ok(await AsReadAsync(record.Id, mediator, context, json, ct));
    }

    private static async Task<FileStreamHttpResult> DownloadSignature(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(new GetSignatureQuery(id), ct);
        var extension = file.ContentType == "image/png" ? ".png" : ".jpg";
        DownloadName.Set(response, $"signature-{id}{extension}", $"签字-{id}{extension}");
        return TypedResults.File(file.Content, file.ContentType, null, new DateTimeOffset(file.SignedAtUtc, TimeSpan.Zero),
            new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    /// <summary>
    /// The version of the record the If-Match names (null when there is none to check): the current representation's
    /// ETag must be among the listed ones, else 409 stale-version. The version then guards the write itself.
    /// </summary>
    private static async Task<int?> MatchedVersionAsync(Guid id, string? ifMatch, IMediator mediator, IOptions<HttpJsonOptions> json, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        var current = await mediator.Send(new GetInspectionRecordQuery(id), ct);
        var etag = ETagOf(current, json);
        var listed = ifMatch.Split(',').Select(t => t.Trim()).ToList();
        if (!listed.Contains("*", StringComparer.Ordinal) && !listed.Contains(etag, StringComparer.Ordinal))
        {
            throw new ConflictException("stale-version", Text.Of(
                "记录已被修改（If-Match 与当前 ETag 不符），请重新读取后再修改",
                "The record was changed since you read it (If-Match does not match the current ETag); reload and retry."), "If-Match");
        }

        return current.Version;
    }

    /// <summary>
    /// The record as GET shows it (with its evidence) and that ETag on the response: the answer to a write carries the
    /// ETag the next GET gives, so it can go straight into the next If-Match.
    /// </summary>
    private static async Task<InspectionRecordDto> AsReadAsync(Guid id, IMediator mediator, HttpContext context, IOptions<HttpJsonOptions> json, CancellationToken ct)
    {
        var record = await mediator.Send(new GetInspectionRecordQuery(id), ct);
        context.Response.Headers.ETag = ETagOf(record, json);
        return record;
    }

    /// <summary>A strong ETag: the SHA-256 of the JSON the response carries.</summary>
    private static string ETagOf<T>(T value, IOptions<HttpJsonOptions> json) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions)))}\"";

    /// <summary>The ETag on the response, and a 304 without a body when If-None-Match names it.</summary>
    private static IResult Tagged(HttpContext context, string etag, IResult ok)
    {
        context.Response.Headers.ETag = etag;
        var noneMatch = context.Request.Headers.IfNoneMatch.ToString();
        return noneMatch.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*")
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : ok;
    }
}
