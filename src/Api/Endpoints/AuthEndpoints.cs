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
            .WithName("Login").WithSummary("Sign in with user name and password")
            .AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423).ProducesProblem(429);
        group.MapPost("/token", Token)
            .WithName("OAuthToken").WithSummary("OAuth 2.0 password grant (form-encoded), used by Swagger UI's Authorize dialog")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423).ProducesProblem(429);
        group.MapPost("/refresh", Refresh)
            .WithName("RefreshToken").WithSummary("Trade a refresh token for a new pair (the old one is revoked)")
            .AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);
        group.MapPost("/logout", Logout)
            .WithName("Logout").WithSummary("Sign out: revokes this sign-in's refresh tokens")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute())
            .ProducesValidationProblem();
        group.MapGet("/me", GetMe)
            .WithName("GetMe").WithSummary("The signed-in user")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute());
        group.MapPost("/change-password", ChangePassword)
            .WithName("ChangePassword").WithSummary("Change your own password; returns a fresh sign-in and ends every other")
            .RequireAuthorization(Policies.Account).WithMetadata(new AllowDuringPasswordChangeAttribute())
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(423);
        group.MapPost("/confirmations", CreateConfirmation)
            .WithName("CreateConfirmation").WithSummary("Two-person rule: a supervisor re-enters their password to confirm one action on one subject")
            .RequireAuthorization(Policies.ConfirmationsRequest).RequireRateLimiting(SecuritySetup.SignInRateLimit)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(423).ProducesProblem(429);
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
        return TypedResults.Created($"/api/v1/auth/confirmations/{confirmation.Id}", confirmation);
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
