using DoubleRandom.Api.Csv;
using DoubleRandom.Api.Hosting;
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
            .WithName("ListAuditEntries").WithSummary("List audit entries (filters, paging; newest first, or sort=sequence)")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesValidationProblem();
        group.MapGet("/entries.csv", ExportCsv)
            .WithName("ExportAuditEntriesCsv").WithSummary("Export the filtered audit entries as CSV (UTF-8 with BOM, formula cells defused)")
            .RequireAuthorization(Policies.AuditRead)
            .Produces(200, contentType: "text/csv").ProducesValidationProblem();
        group.MapGet("/operations", Operations)
            .WithName("ListAuditOperations").WithSummary("The operation log of one entity type (e.g. entityType=Draw), oldest first")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesValidationProblem();
        group.MapPost("/entries/{sequence}/redact", Redact)
            .WithName("RedactAuditEntry").WithSummary("Redact a version 2 entry's payload on a stated legal ground (tombstone; digest and chain kept; itself audited)")
            .RequireAuthorization(Policies.AuditRedact)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/verify", Verify)
            .WithName("VerifyAuditChain").WithSummary("Walk the hash chain: the first broken link, or its length and head hash")
            .RequireAuthorization(Policies.AuditRead);

        var publicAudit = api.MapGroup("/public/audit").WithTags("Public 公开");
        publicAudit.MapGet("/heads", Heads)
            .WithName("ListPublicAuditHeads").WithSummary("The audit chain's head at the end of each Asia/Shanghai day (anonymous; keep copies)")
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
