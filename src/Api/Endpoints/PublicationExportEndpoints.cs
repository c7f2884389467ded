using DoubleRandom.Api.Csv;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.PublicResults;
using DoubleRandom.Application.PublicResults.Queries.ExportPublication;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/tasks/{taskId}/publication/export.csv — a published task's results for the national enterprise credit information publicity system.</summary>
public static class PublicationExportEndpoints
{
    public static RouteGroupBuilder MapPublicationExport(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks/{taskId:guid}/publication/export.csv", Export)
            .WithTags("Publication 结果公示")
            .WithName("ExportPublication")
            .Describe("导出公示结果（国家企业信用信息公示系统）", "Export the published results (national publicity system)",
                "抽取人、系统管理员，任务在其范围内。已公示任务的抽查检查结果，按报送国家企业信用信息公示系统的列（序号、统一社会信用代码/注册号、企业名称、抽查任务编号、抽查任务名称、检查事项、检查实施机关、检查类型、检查日期、检查结果、公示日期、更正日期）导出为 CSV：encoding=utf-8（默认，带 BOM）或 gb18030，CRLF 换行，以 = + - @ 开头的单元格前加 ' 防止公式注入。文件名如 公示结果-<任务名>-<公示日期>.csv。任务未公示为 409 task-not-published。每次导出记入审计日志。",
                "Operators and administrators, the task in their scope. A published task's results in the columns reported to the national enterprise credit information publicity system (number, unified social credit code / registration number, name, task number, task name, item, inspecting authority, inspection type, inspection date, result, publication date, correction date) as CSV: encoding=utf-8 (default, with a BOM) or gb18030, CRLF line ends, a ' before a cell starting with = + - @ against formula injection. Named like 公示结果-<task>-<publication date>.csv. A task not yet published is a 409 task-not-published. Each export is recorded in the audit trail.")
            .RequireAuthorization(Policies.PublicationManage)
            .ProducesDownload("text/csv").ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-not-published");
        return api;
    }

    private static async Task<PushStreamHttpResult> Export(
        Guid taskId, IMediator mediator, HttpResponse response, CancellationToken ct, [QueryEnum(typeof(PublicationCsvEncoding))] string? encoding = null)
    {
        // Checked and audited before the first byte is sent, so a refusal is still a problem document.
        var chosen = QueryEnum.Parse<PublicationCsvEncoding>(encoding, "encoding") ?? PublicationCsvEncoding.Utf8;
        var export = await mediator.Send(new ExportPublicationQuery(taskId, chosen), ct);
        var day = DownloadName.Day(export.PublishedOn);
        DownloadName.Set(response, $"publication-{taskId}-{day}.csv", $"公示结果-{DownloadName.Part(export.TaskName)}-{day}.csv");
        return TypedResults.Stream(body => PublicationCsv.WriteAsync(body, export.Encoding, export.Rows, ct), PublicationCsv.ContentType(export.Encoding));
    }
}
