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
            .WithName("ListUsers").WithSummary("List users")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetUser").WithSummary("Get one user")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateUser").WithSummary("Create a user (a temporary password is generated when none is given)")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateUser").WithSummary("Change a user's name, roles, unit or disabled flag")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/reset-password", ResetPassword)
            .WithName("ResetUserPassword").WithSummary("Reset a password: returns a temporary one, the user must change it at the next sign-in")
            .RequireAuthorization(Policies.UsersManage)
            .ProducesProblem(404);
        group.MapPost("/{id:guid}/unlock", Unlock)
            .WithName("UnlockUser").WithSummary("Lift the waits after failed sign-ins, from every address")
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
