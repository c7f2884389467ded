using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Application.Identity.Auth.Commands.ChangePassword;
using DoubleRandom.Application.Identity.Auth.Commands.Login;
using DoubleRandom.Application.Identity.Auth.Commands.Logout;
using DoubleRandom.Application.Identity.Auth.Commands.Refresh;
using DoubleRandom.Application.Identity.Auth.Queries.GetMe;
using DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;
using DoubleRandom.Application.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/auth — sign-in, tokens, own password, the two-person confirmation.</summary>
public static class AuthEndpoints
{
    /// <summary>The OAuth 2.0 password-grant answer (RFC 6749 §5.1), for Swagger UI's Authorize dialog and OAuth clients.</summary>
    public sealed record OAuthTokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string RefreshToken);

    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth 登录与身份");
        group.MapPost("/login", Login)
            .WithName("Login")
            .Describe("用户名密码登录", "Sign in with user name and password",
                "任何人可调用（匿名）。校验用户名和密码，返回访问令牌（Bearer JWT）和刷新令牌。同一客户端地址的登录受频率限制（429）；同一用户名连续失败后暂时锁定（423，Retry-After 说明等待秒数），未知用户名同样处理。临时密码登录后只能修改密码（其余请求 403 password-change-required）。",
                "Anyone may call it (anonymous). Checks the user name and password and returns an access token (Bearer JWT) and a refresh token. Sign-ins per client address are rate limited (429); repeated failures for a user name lock it for a while (423, Retry-After gives the seconds), unknown names alike. After signing in with a temporary password only changing it is allowed (anything else is 403 password-change-required).")
            .AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423).ProducesProblem(429);
        group.MapPost("/token", Token)
            .WithName("OAuthToken")
            .Describe("OAuth 2.0 密码模式取令牌", "OAuth 2.0 password grant",
                "任何人可调用（匿名）。表单编码（grant_type=password、username、password），供 Swagger UI 的 Authorize 对话框和 OAuth 客户端使用；规则与登录相同（429、423）。grant_type 不是 password 时 400。",
                "Anyone may call it (anonymous). Form-encoded (grant_type=password, username, password), for Swagger UI's Authorize dialog and OAuth clients; the same rules as sign-in (429, 423). A grant_type other than password is a 400.")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423).ProducesProblem(429);
        group.MapPost("/refresh", Refresh)
            .WithName("RefreshToken")
            .Describe("用刷新令牌换取新令牌", "Trade a refresh token for a new pair",
                "任何人可调用（匿名，凭刷新令牌）。返回新的访问令牌和刷新令牌，旧刷新令牌随即作废；旧令牌被再次使用时整个登录会话被吊销（401 refresh-token-reused）。受登录频率限制（429）。",
                "Anyone holding a refresh token may call it (anonymous). Returns a new access and refresh token and revokes the old refresh token; using an old one again revokes the whole sign-in (401 refresh-token-reused). Rate limited like sign-in (429).")
            .AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);
        group.MapPost("/logout", Logout)
            .WithName("Logout")
            .Describe("退出登录", "Sign out",
                "任何已登录用户（包括须修改密码者）。吊销本次登录的刷新令牌，访问令牌随即失效。",
                "Any signed-in user (also one who must change the password). Revokes this sign-in's refresh tokens; its access token stops working at once.")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute())
            .ProducesValidationProblem();
        group.MapGet("/me", GetMe)
            .WithName("GetMe")
            .Describe("当前登录用户", "The signed-in user",
                "任何已登录用户（包括须修改密码者）。返回自己的用户名、显示名、角色、所属单位，以及是否须修改密码。",
                "Any signed-in user (also one who must change the password). Returns your user name, display name, roles, unit and whether you must change your password.")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute());
        group.MapPost("/change-password", ChangePassword)
            .WithName("ChangePassword")
            .Describe("修改自己的密码", "Change your own password",
                "任何已登录用户（包括须修改密码者）。须提供当前密码；新密码须符合密码策略。成功后返回新的令牌，其他所有登录会话结束。当前密码错误多次同样会锁定（423）。",
                "Any signed-in user (also one who must change the password). Needs the current password; the new one must meet the password policy. Returns a fresh sign-in and ends every other one. Repeated wrong current passwords lock like sign-in (423).")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute())
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423);
        group.MapPost("/confirmations", CreateConfirmation)
            .WithName("CreateConfirmation")
            .Describe("双人确认：监督人确认一项操作", "Two-person rule: a supervisor confirms one action",
                "抽取人（或系统管理员）的会话调用，监督人当场输入自己的用户名和密码，确认某一操作（如 draw.execute）针对某一对象（如抽取编号）。返回的确认编号只能使用一次、有有效期，执行抽取时提交。监督人不能是抽取人本人（409 confirmation-same-person），须有监督人角色（409 confirmation-not-supervisor），对象须在其数据范围内（403）。受登录频率限制（429），密码错误多次会锁定（423）。确认不可单独读取，因此 201 不带 Location。",
                "Called from an operator's (or administrator's) session: a supervisor present re-enters their user name and password to confirm one action (e.g. draw.execute) on one subject (e.g. the draw id). The confirmation id is single-use, expires, and is sent with the execution. The supervisor cannot be the operator (409 confirmation-same-person), must hold the supervisor role (409 confirmation-not-supervisor) and have the subject in scope (403). Rate limited like sign-in (429); repeated wrong passwords lock (423). A confirmation cannot be read back, so the 201 carries no Location.")
            .RequireAuthorization(Policies.ConfirmationsRequest).RequireRateLimiting(SecuritySetup.SignInRateLimit).WithoutLocation()
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .ProducesConflict("confirmation-same-person", "confirmation-not-supervisor").ProducesProblem(423).ProducesProblem(429);
        return api;
    }

    private static async Task<Ok<TokenResponse>> Login(LoginCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<Ok<TokenResponse>> Refresh(RefreshCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<NoContent> Logout(LogoutCommand command, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UserDto>> GetMe(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct));

    private static async Task<Ok<TokenResponse>> ChangePassword(ChangePasswordCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<Created<ConfirmationDto>> CreateConfirmation(CreateConfirmationCommand command, IMediator mediator, CancellationToken ct)
    {
        var confirmation = await mediator.Send(command, ct);
        // A confirmation is spent, not read: there is no route to point a Location at.
        return TypedResults.Created((string?)null, confirmation);
    }

    private static async Task<Results<Ok<OAuthTokenResponse>, ProblemHttpResult>> Token(
        [FromForm(Name = "grant_type")] string? grantType, [FromForm(Name = "username")] string? userName,
        [FromForm(Name = "password")] string? password, IMediator mediator, CancellationToken ct)
    {
        if (grantType != "password")
        {
            return TypedResults.Problem(
                statusCode: 400, type: Problems.ProblemTypes.MalformedRequest, title: "unsupported_grant_type",
                detail: "Only grant_type=password is supported.");
        }

        var tokens = await mediator.Send(new LoginCommand(userName, password), ct);
        return TypedResults.Ok(new OAuthTokenResponse(tokens.AccessToken, tokens.TokenType, tokens.ExpiresIn, tokens.RefreshToken));
    }
}
