using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Identity.Users;
using DoubleRandom.Application.Identity.Users.Commands.CreateUser;
using DoubleRandom.Application.Identity.Users.Commands.ResetPassword;
using DoubleRandom.Application.Identity.Users.Commands.UnlockUser;
using DoubleRandom.Application.Identity.Users.Commands.UpdateUser;
using DoubleRandom.Application.Identity.Users.Queries.GetUser;
using DoubleRandom.Application.Identity.Users.Queries.ListUsers;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/users — user administration (administrators only).</summary>
public static class UserEndpoints
{
    /// <summary>The changeable fields of a user. The user name is fixed.</summary>
    public sealed record UpdateUserRequest(string? DisplayName, IReadOnlyList<string>? Roles, Guid? UnitId, bool IsDisabled, int? Version);

    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users 用户管理");
        group.MapGet("/", List)
            .WithName("ListUsers")
            .Describe("用户列表", "List users",
                "仅系统管理员。按关键字 q、角色、单位筛选，分页、排序；默认不含已停用用户。",
                "Administrators only. Filters q, role and unitId, paging and sorting; disabled users only with includeDisabled=true.")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetUser")
            .Describe("查看一个用户", "Get one user",
                "仅系统管理员。",
                "Administrators only.")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateUser")
            .Describe("新建用户", "Create a user",
                "仅系统管理员。用户名不能重复（409 duplicate-user-name），至少一个已知角色（409 user-needs-role、unknown-role）；未给密码时生成临时密码并返回一次，用户首次登录须修改。",
                "Administrators only. The user name must be new (409 duplicate-user-name), with at least one known role (409 user-needs-role, unknown-role); without a password a temporary one is generated and returned once, to be changed at the first sign-in.")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem().ProducesConflict("duplicate-user-name", "user-needs-role", "unknown-role");
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateUser")
            .Describe("修改用户", "Change a user",
                "仅系统管理员。显示名、角色、单位、是否停用；须回传 version（409 stale-version）。不能停用自己或去掉自己的管理员角色（403 self-lockout）。",
                "Administrators only. Display name, roles, unit, disabled; send the version you read (409 stale-version). You cannot disable yourself or drop your own administrator role (403 self-lockout).")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesConflict("stale-version", "user-needs-role", "unknown-role");
        group.MapPost("/{id:guid}/reset-password", ResetPassword)
            .WithName("ResetUserPassword")
            .Describe("重置密码", "Reset a password",
                "仅系统管理员。返回一个临时密码（仅此一次），该用户所有登录会话结束，下次登录须修改密码。",
                "Administrators only. Returns a temporary password (once); the user's sign-ins end and the password must be changed at the next sign-in.")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesProblem(404);
        group.MapPost("/{id:guid}/unlock", Unlock)
            .WithName("UnlockUser")
            .Describe("解除登录锁定", "Unlock a user",
                "仅系统管理员。解除该用户名因登录失败产生的等待（所有地址）。",
                "Administrators only. Lifts the waits after failed sign-ins of this user name, from every address.")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesProblem(404);
        return api;
    }

    private static async Task<Ok<PagedResult<UserDto>>> List(
        IMediator mediator, CancellationToken ct, string? q = null, [QueryEnum(WireEnumSchemas.Role)] string? role = null, Guid? unitId = null,
        bool includeDisabled = false, int page = 1, int pageSize = 20, [SortQuery(typeof(ListUsersQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListUsersQuery(q, role, unitId, includeDisabled, page, pageSize, sort), ct));

    private static async Task<Ok<UserDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetUserQuery(id), ct));

    private static async Task<Created<CreatedUserDto>> Create(CreateUserCommand command, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{created.User.Id}", created);
    }

    private static async Task<Ok<UserDto>> Update(Guid id, UpdateUserRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateUserCommand(id, request.DisplayName, request.Roles, request.UnitId, request.IsDisabled, request.Version), ct));

    private static async Task<Ok<TemporaryPasswordDto>> ResetPassword(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ResetPasswordCommand(id), ct));

    private static async Task<Ok<UserDto>> Unlock(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UnlockUserCommand(id), ct));
}
