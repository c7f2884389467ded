using DoubleRandom.Api.Csv;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Auditing;
using DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;
using DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;
using DoubleRandom.Application.Auditing.Queries.ListAuditEntries;
using DoubleRandom.Application.Auditing.Queries.ListAuditHeads;
using DoubleRandom.Application.Auditing.Queries.ListAuditOperations;
using DoubleRandom.Application.Auditing.Queries.VerifyAuditChain;
using DoubleRandom.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/audit — the audit trail (全程留痕); /api/v1/public/audit — what anyone may see of it.</summary>
public static class AuditEndpoints
{
    /// <summary>The audit filter as query-string parameters (see <see cref="AuditFilter"/>).</summary>
    public sealed record AuditFilterParameters(
        [FromQuery(Name = "actor")] string? Actor,
        [FromQuery(Name = "actorId")] Guid? ActorId,
        [FromQuery(Name = "action")] string? Action,
        [FromQuery(Name = "entityType")] string? EntityType,
        [FromQuery(Name = "entityId")] string? EntityId,
        [FromQuery(Name = "unitId")] Guid? UnitId,
        [FromQuery(Name = "from")] DateTimeOffset? From,
        [FromQuery(Name = "to")] DateTimeOffset? To,
        [FromQuery(Name = "fromSequence")] long? FromSequence,
        [FromQuery(Name = "toSequence")] long? ToSequence)
    {
        public AuditFilter ToFilter() => new(Actor, ActorId, Action, EntityType, EntityId, UnitId, From, To, FromSequence, ToSequence);
    }

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit 审计");
        group.MapGet("/entries", List)
            .WithName("ListAuditEntries")
            .Describe("审计记录", "List audit entries",
                "系统管理员、监督人、领导（数据范围内）。按操作人、动作、实体、单位、时间或序号筛选，分页；默认新的在前，sort=sequence 按序号。",
                "Administrators, supervisors and leaders (within their scope). Filters actor, action, entity, unit, time or sequence, paged; newest first, or sort=sequence.")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesValidationProblem();
        group.MapGet("/entries.csv", ExportCsv)
            .WithName("ExportAuditEntriesCsv")
            .Describe("导出审计记录（CSV）", "Export audit entries (CSV)",
                "系统管理员、监督人、领导。按同样的筛选条件导出 CSV（UTF-8 带 BOM，公式单元格已中和），文件名如 审计记录-<日期>.csv；筛选条件错误时仍返回 400。",
                "Administrators, supervisors and leaders. The filtered entries as CSV (UTF-8 with BOM, formula cells defused), named like 审计记录-<date>.csv; a bad filter is still a 400.")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesDownload("text/csv").ProducesValidationProblem();
        group.MapGet("/operations", Operations)
            .WithName("ListAuditOperations")
            .Describe("某类实体的操作日志", "Operation log of an entity type",
                "系统管理员、监督人、领导。某一实体类型（如 entityType=Draw）的操作记录，旧的在前，分页。",
                "Administrators, supervisors and leaders. The operation log of one entity type (e.g. entityType=Draw), oldest first, paged.")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesValidationProblem();
        group.MapPost("/entries/{sequence}/redact", Redact)
            .WithName("RedactAuditEntry")
            .Describe("依法删除审计记录的内容", "Redact an audit entry",
                "仅系统管理员。依所述法律依据把第 2 版记录的内容替换为墓碑，摘要和哈希链保留，本操作本身也记入审计。第 1 版记录不能删除（409 audit-entry-not-redactable），不能删除两次（409 audit-entry-already-redacted）。",
                "Administrators only. Replaces a version 2 entry's payload with a tombstone on a stated legal ground; the digest and the hash chain stay, and the redaction is itself audited. Version 1 entries cannot be redacted (409 audit-entry-not-redactable), nor an entry twice (409 audit-entry-already-redacted).")
            .RequireAuthorization(Policies.AuditRedact)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("audit-entry-not-redactable", "audit-entry-already-redacted");
        group.MapGet("/verify", Verify)
            .WithName("VerifyAuditChain")
            .Describe("校验审计哈希链", "Verify the audit chain",
                "系统管理员、监督人、领导。逐条校验哈希链：返回第一个断开的位置，或链的长度和头哈希。",
                "Administrators, supervisors and leaders. Walks the hash chain: the first broken link, or its length and head hash.")
            .RequireAuthorization(Policies.AuditRead);

        var publicAudit = api.MapGroup("/public/audit").WithTags("Public 公开");
        publicAudit.MapGet("/heads", Heads)
            .WithName("ListPublicAuditHeads")
            .Describe("公示：每日审计链头", "Public: daily audit chain heads",
                "任何人（匿名）。每个北京时间日结束时审计链的头哈希（可按日期范围筛选）；请自行保存副本，以便日后发现篡改。",
                "Anyone (anonymous). The audit chain's head at the end of each Asia/Shanghai day (filter by date range); keep copies to detect tampering later.")
            .AllowAnonymous()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<PagedResult<AuditEntryDto>>> List(
        [AsParameters] AuditFilterParameters filter, IMediator mediator, CancellationToken ct,
        int page = 1, int pageSize = 20, [SortQuery(typeof(ListAuditEntriesQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListAuditEntriesQuery(filter.ToFilter(), page, pageSize, sort), ct));

    private static async Task<PushStreamHttpResult> ExportCsv(
        [AsParameters] AuditFilterParameters filter, IMediator mediator, HttpResponse response, TimeProvider clock, CancellationToken ct)
    {
        // Validated before the first byte is sent, so a bad filter still gets a 400 problem document.
        var entries = await mediator.Send(new ExportAuditEntriesQuery(filter.ToFilter()), ct);
        var day = DownloadName.Today(clock);
        DownloadName.Set(response, $"audit-entries-{day}.csv", $"审计记录-{day}.csv");
        return TypedResults.Stream(body => AuditCsv.WriteAsync(body, entries, ct), AuditCsv.ContentType);
    }

    private static async Task<Ok<PagedResult<AuditEntryDto>>> Operations(
        [AsParameters] AuditFilterParameters filter, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 100) =>
        TypedResults.Ok(await mediator.Send(new ListAuditOperationsQuery(filter.ToFilter(), page, pageSize), ct));

    /// <summary>The body of a redaction: the legal ground, recorded with it.</summary>
    public sealed record RedactAuditEntryRequest(string? Reason);

    private static async Task<Ok<AuditEntryDto>> Redact(long sequence, RedactAuditEntryRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RedactAuditEntryCommand(sequence, request.Reason), ct));

    private static async Task<Ok<AuditVerificationDto>> Verify(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new VerifyAuditChainQuery(), ct));

    private static async Task<Ok<IReadOnlyList<AuditHeadDto>>> Heads(
        IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await mediator.Send(new ListAuditHeadsQuery(from, to), ct));
}
