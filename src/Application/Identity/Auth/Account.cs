using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity.Users;
using DoubleRandom.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>The signed-in user.</summary>
public sealed record GetMeQuery : IQuery<UserDto>;

/// <summary>
/// Ends this sign-in: the refresh token's whole family is revoked, and with it the access tokens issued to it
/// (they carry the family as their <c>sid</c>). The user's sign-ins on other devices go on.
/// </summary>
public sealed record LogoutCommand(string? RefreshToken) : ICommand;

/// <summary>Changes the signed-in user's own password; every other sign-in of the user ends.</summary>
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : ICommand<TokenResponse>;

public sealed class LogoutValidator : AbstractValidator<LogoutCommand>
{
    public LogoutValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator(SecurityOptions options)
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.NewPassword).Password(options)
            .NotEqual(c => c.CurrentPassword).WithMessage(_ => Text.Of("新密码不能与当前密码相同", "The new password must differ from the current one."));
    }
}

public sealed class AccountHandlers(
    IApplicationDbContext db, ICurrentActor actor, CredentialVerifier verifier, IPasswordHasher hasher, TokenService tokens,
    AccessTokenSessions sessions, TimeProvider clock)
    : IQueryHandler<GetMeQuery, UserDto>, ICommandHandler<LogoutCommand>, ICommandHandler<ChangePasswordCommand, TokenResponse>
{
    public async ValueTask<UserDto> Handle(GetMeQuery query, CancellationToken cancellationToken) =>
        (await CurrentUserAsync(cancellationToken)).ToDto();

    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        // Ends the sign-in of the posted refresh token and the one the access token itself belongs to (a wrong or
        // stale refresh token must not leave the caller's own access token alive).
        var hash = Secrets.HashToken(command.RefreshToken!);
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.UserId == actor.UserId, cancellationToken);
        var families = new HashSet<Guid>();
        if (token is not null)
        {
            families.Add(token.FamilyId);
        }

        if (actor.SessionId is { } session)
        {
            families.Add(session);
        }

        foreach (var family in families)
        {
            await db.RevokeAsync(t => t.FamilyId == family && t.UserId == actor.UserId, clock.GetUtcNow().UtcDateTime, "logout", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var family in families)
        {
            sessions.ForgetSession(family);
        }

        return Unit.Value;
    }

    public async ValueTask<TokenResponse> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var current = await CurrentUserAsync(cancellationToken);
        var user = await verifier.VerifyAsync(current.UserName, command.CurrentPassword!, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        user.ChangePassword(hasher.Hash(command.NewPassword!), now);
        await db.RevokeAsync(t => t.UserId == user.Id, now, "password-changed", cancellationToken);
        var (response, _) = tokens.Issue(user, Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        sessions.ForgetUser(user.Id);
        return response;
    }

    private async Task<User> CurrentUserAsync(CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct)
        ?? throw new AuthenticationFailedException("unknown-user", Text.Of("请重新登录", "Sign in again."));
}
