using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Commands.PrepareDraw;
using DoubleRandom.Application.Draws.Queries.CheckFeasibility;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Application.Tasks.Commands.CloseTask;
using DoubleRandom.Application.Tasks.Commands.CopyTask;
using DoubleRandom.Application.Tasks.Commands.CreateTask;
using DoubleRandom.Application.Tasks.Commands.UpdateTask;
using DoubleRandom.Application.Tasks.Items;
using DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;
using DoubleRandom.Application.Tasks.Items.Commands.RetireInspectionItem;
using DoubleRandom.Application.Tasks.Items.Commands.UpdateInspectionItem;
using DoubleRandom.Application.Tasks.Items.Queries.GetInspectionItem;
using DoubleRandom.Application.Tasks.Items.Queries.ListInspectionItems;
using DoubleRandom.Application.Tasks.Queries.GetTask;
using DoubleRandom.Application.Tasks.Queries.ListTasks;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/inspection-items (抽查事项清单) and /api/v1/tasks (抽查任务).</summary>
public static class TaskEndpoints
{
    public sealed record ItemRequest(
        string? Name, string? DepartmentCode, string? LegalBasis, IReadOnlyList<string>? ChecklistPoints, string? RequiredExpertise,
        ItemPriority? Priority, int? Version);

    public sealed record TaskRequest(
        int? Year, string? Name, IReadOnlyList<Guid>? ItemIds, string? LeadDepartmentCode, TargetScopeInput? TargetScope,
        IReadOnlyList<Guid>? OfficerUnitIds, ExclusionRules? Exclusions, IReadOnlyList<StratumRule>? Strata, int? Groups,
        int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap, int? Version);

    public sealed record CopyTaskRequest(int? Year, string? Name);

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/inspection-items").WithTags("Inspection items 抽查事项");
        items.MapGet("/", ListItems)
            .WithName("ListInspectionItems").WithSummary("List inspection items (filters q, department; paging, sorting)")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        items.MapGet("/{id:guid}", GetItem)
            .WithName("GetInspectionItem").WithSummary("Get one inspection item")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        items.MapPost("/", CreateItem)
            .WithName("CreateInspectionItem").WithSummary("Add an inspection item to the list (抽查事项清单)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem();
        items.MapPut("/{id:guid}", UpdateItem)
            .WithName("UpdateInspectionItem").WithSummary("Change an inspection item (send the version you read)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        items.MapPost("/{id:guid}/retire", RetireItem)
            .WithName("RetireInspectionItem").WithSummary("Retire an inspection item (kept on record, no longer offered to new tasks)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404);

        var tasks = api.MapGroup("/tasks").WithTags("Tasks 抽查任务");
        tasks.MapGet("/", ListTasks)
            .WithName("ListTasks").WithSummary("List tasks (filters year, status, q; paging, sorting)")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        tasks.MapGet("/{id:guid}", GetTask)
            .WithName("GetTask").WithSummary("Get one task")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        tasks.MapPost("/", CreateTask)
            .WithName("CreateTask").WithSummary("Create a draft task (items, scope, groups, exclusions, strata)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem();
        tasks.MapPut("/{id:guid}", UpdateTask)
            .WithName("UpdateTask").WithSummary("Change a draft task; 409 task-frozen once a draw has been prepared")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/copy", CopyTask)
            .WithName("CopyTask").WithSummary("A new draft task with the same settings (reuse as a template)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/feasibility", Feasibility)
            .WithName("CheckTaskFeasibility").WithSummary("What a prepare would freeze now, and every field error that would refuse it; freezes nothing")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/draws", Prepare)
            .WithName("PrepareDraw").WithSummary("Prepare a draw: freeze the snapshots, commit to s, publish C at once")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/close", Close)
            .WithName("CloseTask").WithSummary("Close a drawn task: its draws are revealed (s and the drawn names become public)")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    private static async Task<Ok<PagedResult<InspectionItemDto>>> ListItems(IMediator mediator, CancellationToken ct, string? q = null,
        string? department = null, bool includeRetired = false, int page = 1, int pageSize = 20, [SortQuery(typeof(ListInspectionItemsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListInspectionItemsQuery(q, department, includeRetired, page, pageSize, sort), ct));

    private static async Task<Ok<InspectionItemDto>> GetItem(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetInspectionItemQuery(id), ct));

    private static async Task<Created<InspectionItemDto>> CreateItem(CreateInspectionItemCommand c, IMediator mediator, CancellationToken ct)
    {
        var item = await mediator.Send(c, ct);
        return TypedResults.Created($"/api/v1/inspection-items/{item.Id}", item);
    }

    private static async Task<Ok<InspectionItemDto>> UpdateItem(Guid id, ItemRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateInspectionItemCommand(
            id, r.Name, r.DepartmentCode, r.LegalBasis, r.ChecklistPoints, r.RequiredExpertise, r.Priority, r.Version), ct));

    private static async Task<Ok<InspectionItemDto>> RetireItem(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RetireInspectionItemCommand(id), ct));

    private static async Task<Ok<PagedResult<TaskDto>>> ListTasks(IMediator mediator, CancellationToken ct, int? year = null,
        [QueryEnum(typeof(InspectionTaskStatus))] string? status = null, string? q = null, int page = 1, int pageSize = 20, [SortQuery(typeof(ListTasksQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListTasksQuery(year, QueryEnum.Parse<InspectionTaskStatus>(status, "status"), q, page, pageSize, sort), ct));

    private static async Task<Ok<TaskDto>> GetTask(Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTaskQuery(id), ct));

    private static async Task<Created<TaskDto>> CreateTask(TaskRequest r, IMediator mediator, CancellationToken ct)
    {
        var task = await mediator.Send(new CreateTaskCommand(
            r.Year, r.Name, r.ItemIds, r.LeadDepartmentCode, r.TargetScope, r.OfficerUnitIds, r.Exclusions, r.Strata, r.Groups, r.OfficersPerGroup,
            r.TargetsPerGroup, r.MinCertifiedPerGroup, r.DisclosureDate, r.AllowOverlap), ct);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<Ok<TaskDto>> UpdateTask(Guid id, TaskRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateTaskCommand(
            id, r.Year, r.Name, r.ItemIds, r.LeadDepartmentCode, r.TargetScope, r.OfficerUnitIds, r.Exclusions, r.Strata, r.Groups, r.OfficersPerGroup,
            r.TargetsPerGroup, r.MinCertifiedPerGroup, r.DisclosureDate, r.AllowOverlap, r.Version), ct));

    private static async Task<Created<TaskDto>> CopyTask(Guid id, CopyTaskRequest r, IMediator mediator, CancellationToken ct)
    {
        var task = await mediator.Send(new CopyTaskCommand(id, r.Year, r.Name), ct);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<Ok<FeasibilityDto>> Feasibility(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CheckFeasibilityQuery(id), ct));

    private static async Task<Created<DrawDto>> Prepare(Guid id, IMediator mediator, CancellationToken ct)
    {
        var draw = await mediator.Send(new PrepareDrawCommand(id), ct);
        return TypedResults.Created($"/api/v1/draws/{draw.Id}", draw);
    }

    private static async Task<Ok<TaskDto>> Close(Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new CloseTaskCommand(id), ct));
}
