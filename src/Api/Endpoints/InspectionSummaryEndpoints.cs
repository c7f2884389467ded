using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Spreadsheets;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Application.Inspections.Commands.SignGroupSummary;
using DoubleRandom.Application.Inspections.Queries.ExportGroupSummary;
using DoubleRandom.Application.Inspections.Queries.GetGroupSummary;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/tasks/{taskId}/groups/{groupNumber}/summary — the group's summary table (汇总表) and its sign-off (§6.3).</summary>
public static class InspectionSummaryEndpoints
{
    /// <param name="ContentSha256">The <c>contentSha256</c> of the summary as read: the content the member signs.</param>
    public sealed record SignGroupSummaryRequest(string? ContentSha256);

    private const string Readers =
        "本组执法检查人员，以及数据范围内的抽取人、监督人、领导、管理员和分析人员；其他人（包括其他组的检查人员）404。";

    private const string ReadersEn =
        "The group's inspectors, and operators, supervisors, leaders, administrators and analysts within their scope; anyone else (inspectors of other groups included) gets 404.";

    public static RouteGroupBuilder MapInspectionSummaries(this RouteGroupBuilder api)
    {
        var summary = api.MapGroup("/tasks/{taskId:guid}/groups/{groupNumber:int}").WithTags("Inspections 现场检查");
        summary.MapGet("/summary", Get)
            .WithName("GetGroupSummary")
            .Describe("检查组汇总表", "A group's summary table",
                Readers + "列出本组每个检查对象及其检查记录（方式、时间、各事项结果类别、发现的问题、整改期限、签收情况；没有记录的为“未检查”）、组员、内容摘要 contentSha256（签名所针对的内容的 SHA-256，规范形式见 docs/inspections.md）和各签名是否与当前内容一致；status 为 incomplete、needsSignatures、awaitingLeader 或 signedOff。",
                ReadersEn + " Every target of the group with its record (method, times, each item's result category, findings, rectification deadline, acknowledgement; \"未检查\" without a record), the members, contentSha256 (SHA-256 of the content signatures bind to; canonical form in docs/inspections.md) and whether each signature is current; status is incomplete, needsSignatures, awaitingLeader or signedOff.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesValidationProblem().ProducesProblem(404);
        summary.MapGet("/summary.pdf", Pdf)
            .WithName("PrintGroupSummary")
            .Describe("打印汇总表（PDF）", "Print the summary table (PDF)",
                Readers + "A4 中文 PDF，与抽取记录同样的版式：各对象的检查结果、内容摘要、已有签名及是否有效、组员签字栏；配置 Records:SigningCertificate 时带 PAdES 电子签章。文件名如 汇总表-<任务名>-第<n>组.pdf。",
                ReadersEn + " An A4 PDF in Chinese in the look of the draw record: each target's results, the content hash, the signatures given and whether each is current, signature lines; with Records:SigningCertificate it carries a PAdES signature. Named like 汇总表-<task>-第<n>组.pdf.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesDownload("application/pdf").ProducesValidationProblem().ProducesProblem(404);
        summary.MapGet("/summary.xlsx", Xlsx)
            .WithName("ExportGroupSummary")
            .Describe("导出汇总表（XLSX）", "Export the summary table (XLSX)",
                Readers + "工作表：汇总表（每个事项结果一行，未检查的对象一行“未检查”）、签名、说明（含内容摘要）；文件名如 汇总表-<任务名>-第<n>组.xlsx。",
                ReadersEn + " Sheets: 汇总表 (a row per item result, one \"未检查\" row per target without a record), 签名 (signatures), 说明 (with the content hash); named like 汇总表-<task>-第<n>组.xlsx.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesDownload(Sheet.XlsxContentType).ProducesValidationProblem().ProducesProblem(404);
        summary.MapPost("/summary/signatures", Sign)
            .WithName("SignGroupSummary")
            .Describe("在汇总表上签名", "Sign the summary table",
                "仅本组执法检查人员（其他人 404）。请求体给出所阅汇总表的 contentSha256：须等于当前内容的摘要（否则 409 summary-changed，请重新获取后再签）；所有对象都有检查记录后才能签名（409 summary-incomplete）；同一内容只能签一次（409 summary-already-signed）；组长的签名即签署确认，须在其他组员都对当前内容签名之后（409 summary-members-first）。此后任何记录的修改都会改变摘要，已有签名随即失效，须重新签名。返回更新后的汇总表。",
                "Members of the group only (anyone else: 404). The body gives the contentSha256 of the summary as read: it must be the current content's (409 summary-changed otherwise: read it again and sign); signing needs a record for every target (409 summary-incomplete); one signature per content (409 summary-already-signed); the leader's signature is the sign-off and comes after every other member signed the current content (409 summary-members-first). Any later change of a record changes the hash, and the signatures stop being current until given again. Answers the updated summary.")
            .RequireAuthorization(Policies.InspectionsWork)
            .ProducesValidationProblem().ProducesProblem(404)
            .ProducesConflict("summary-changed", "summary-incomplete", "summary-already-signed", "summary-members-first")
            .Idempotent();
        return api;
    }

    private static async Task<Ok<GroupSummaryDto>> Get(Guid taskId, int groupNumber, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetGroupSummaryQuery(taskId, groupNumber), ct));

    private static Task<FileContentHttpResult> Pdf(Guid taskId, int groupNumber, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        FileAsync(new ExportGroupSummaryQuery(taskId, groupNumber, SummaryFormat.Pdf), "pdf", "application/pdf", mediator, response, ct);

    private static Task<FileContentHttpResult> Xlsx(Guid taskId, int groupNumber, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        FileAsync(new ExportGroupSummaryQuery(taskId, groupNumber, SummaryFormat.Xlsx), "xlsx", Sheet.XlsxContentType, mediator, response, ct);

    private static async Task<Ok<GroupSummaryDto>> Sign(Guid taskId, int groupNumber, SignGroupSummaryRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SignGroupSummaryCommand(taskId, groupNumber, r.ContentSha256), ct));

    private static async Task<FileContentHttpResult> FileAsync(
        ExportGroupSummaryQuery query, string extension, string contentType, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        DownloadName.Set(response, $"group-summary-{query.TaskId}-{query.GroupNumber}.{extension}",
            $"汇总表-{DownloadName.Part(file.TaskName)}-第{file.GroupNumber}组.{extension}");
        return TypedResults.File(file.Content, contentType);
    }
}
