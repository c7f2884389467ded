using DoubleRandom.Api.OpenApi;
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
        int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap, int? Version,
        RiskWeighting? RiskWeighting = null, int? UniformShareBp = null);

    public sealed record CopyTaskRequest(int? Year, string? Name);

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/inspection-items").WithTags("Inspection items 抽查事项");
        items.MapGet("/", ListItems)
            .WithName("ListInspectionItems")
            .Describe("抽查事项清单", "List inspection items",
                "所有已登录用户。按关键字 q、部门筛选，分页、排序；默认不含已停用事项（includeRetired=true 时包含）。",
                "Every signed-in user. Filters q and department, paging and sorting; retired items only with includeRetired=true.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        items.MapGet("/{id:guid}", GetItem)
            .WithName("GetInspectionItem")
            .Describe("查看一个抽查事项", "Get one inspection item",
                "所有已登录用户。返回事项及其版本号（修改时须回传）。",
                "Every signed-in user. Returns the item with its version (send it back when changing the item).")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        items.MapPost("/", CreateItem)
            .WithName("CreateInspectionItem")
            .Describe("新增抽查事项", "Add an inspection item",
                "系统管理员、抽取人。把一个事项加入抽查事项清单：名称、主管部门、法律依据、检查要点、所需专长、优先级。",
                "Administrators and operators. Adds an item to the list (抽查事项清单): name, department, legal basis, checklist points, required expertise, priority.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem();
        items.MapPut("/{id:guid}", UpdateItem)
            .WithName("UpdateInspectionItem")
            .Describe("修改抽查事项", "Change an inspection item",
                "系统管理员、抽取人。须回传读取时的 version，期间被他人修改则 409 stale-version；已停用的事项不能修改（409 item-retired）。",
                "Administrators and operators. Send the version you read: a change by someone else in between is 409 stale-version; a retired item cannot be changed (409 item-retired).")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("stale-version", "item-retired");
        items.MapPost("/{id:guid}/retire", RetireItem)
            .WithName("RetireInspectionItem")
            .Describe("停用抽查事项", "Retire an inspection item",
                "系统管理员、抽取人。事项保留在记录中，不再供新任务选用。",
                "Administrators and operators. The item stays on record and is no longer offered to new tasks.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404);

        var tasks = api.MapGroup("/tasks").WithTags("Tasks 抽查任务");
        tasks.MapGet("/", ListTasks)
            .WithName("ListTasks")
            .Describe("抽查任务列表", "List tasks",
                "所有已登录用户，只列出其数据范围内的任务。按年度、状态、关键字 q 筛选，分页、排序。",
                "Every signed-in user; only tasks in the caller's data scope. Filters year, status and q, paging and sorting.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        tasks.MapGet("/{id:guid}", GetTask)
            .WithName("GetTask")
            .Describe("查看一个抽查任务", "Get one task",
                "所有已登录用户（数据范围外的任务回答 404）。返回任务设置、状态和版本号。",
                "Every signed-in user (a task outside the caller's scope is a 404). Returns the settings, status and version.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        tasks.MapPost("/", CreateTask)
            .WithName("CreateTask")
            .Describe("新建抽查任务（草稿）", "Create a draft task",
                "系统管理员、抽取人。设置抽查事项、对象范围、执法人员所属单位、分组数和每组人数、回避与排除规则、按风险等级分层的抽取比例（strata）、公示日期。任务以草稿保存，准备抽取前可以修改。",
                "Administrators and operators. Sets the items, the target scope, the officers' units, groups and their sizes, exclusions, the strata (share per risk tier) and the disclosure date. The task is saved as a draft and can change until a draw is prepared.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem();
        tasks.MapPut("/{id:guid}", UpdateTask)
            .WithName("UpdateTask")
            .Describe("修改草稿任务", "Change a draft task",
                "系统管理员、抽取人。须回传 version（409 stale-version）；一旦准备了抽取，任务设置即冻结（409 task-frozen）。",
                "Administrators and operators. Send the version you read (409 stale-version); once a draw has been prepared the settings are frozen (409 task-frozen).")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("stale-version", "task-frozen");
        tasks.MapPost("/{id:guid}/copy", CopyTask)
            .WithName("CopyTask")
            .Describe("复制任务", "Copy a task",
                "系统管理员、抽取人。以同样的设置新建一个草稿任务（可改年度和名称），用作模板。",
                "Administrators and operators. A new draft task with the same settings (optionally another year and name): reuse as a template.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/feasibility", Feasibility)
            .WithName("CheckTaskFeasibility")
            .Describe("可行性检查", "Check feasibility",
                "所有已登录用户。现在准备抽取会冻结什么（各层对象数、可用人员数），以及会拒绝准备的每个字段错误；不冻结任何东西。",
                "Every signed-in user. What a prepare would freeze now (targets per stratum, available officers) and every field error that would refuse it; freezes nothing.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/draws", Prepare)
            .WithName("PrepareDraw")
            .Describe("准备抽取", "Prepare a draw",
                "系统管理员、抽取人。冻结对象和人员名单快照，生成并加密保存随机种子 s，立即公布其承诺 C 和名单根哈希（一公开）。任务须为草稿（409 task-not-draft）；名单不满足任务设置时 400，errors 列出每个问题。",
                "Administrators and operators. Freezes the target and officer snapshots, draws and seals the seed s and publishes its commitment C and the roots at once. The task must be a draft (409 task-not-draft); rosters that cannot satisfy the settings are a 400 listing every problem in errors.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-not-draft", "draw-already-committed");
        tasks.MapPost("/{id:guid}/close", Close)
            .WithName("CloseTask")
            .Describe("结束任务", "Close a task",
                "系统管理员、抽取人。任务须已有封存的抽取结果（409 task-not-drawn）；结束后其抽取被公开：种子 s 和抽中名单可在公示接口查看和验证。",
                "Administrators and operators. The task needs a sealed draw (409 task-not-drawn); closing reveals its draws: s and the drawn names become public and verifiable.")
            .RequireAuthorization(Policies.TasksWrite)
            .ProducesProblem(404).ProducesConflict("task-not-drawn");
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
            r.TargetsPerGroup, r.MinCertifiedPerGroup, r.DisclosureDate, r.AllowOverlap, r.RiskWeighting, r.UniformShareBp), ct);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<Ok<TaskDto>> UpdateTask(Guid id, TaskRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateTaskCommand(
            id, r.Year, r.Name, r.ItemIds, r.LeadDepartmentCode, r.TargetScope, r.OfficerUnitIds, r.Exclusions, r.Strata, r.Groups, r.OfficersPerGroup,
            r.TargetsPerGroup, r.MinCertifiedPerGroup, r.DisclosureDate, r.AllowOverlap, r.Version, r.RiskWeighting, r.UniformShareBp), ct));

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
