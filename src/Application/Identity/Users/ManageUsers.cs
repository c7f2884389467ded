using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Users;

/// <summary>Creates a user. Without a password, a temporary one is generated and returned once; the user must change it.</summary>
/// <param name="UserName">3–64 of letters, digits and <c>. _ -</c>; stored in lower case.</param>
/// <param name="Roles">One or more of administrator, roster-keeper, operator, supervisor, leader, inspector, analyst.</param>
public sealed record CreateUserCommand(string? UserName, string? DisplayName, IReadOnlyList<string>? Roles, Guid? UnitId, string? Password)
    : ICommand<CreatedUserDto>;

/// <param name="TemporaryPassword">Shown once when the service generated the password; hand it over securely.</param>
public sealed record CreatedUserDto(UserDto User, string? TemporaryPassword);

public sealed record UpdateUserCommand(Guid Id, string? DisplayName, IReadOnlyList<string>? Roles, Guid? UnitId, bool IsDisabled, int? Version)
    : ICommand<UserDto>;

/// <summary>An administrator's reset: a temporary password, returned once; every sign-in of the user ends.</summary>
public sealed record ResetPasswordCommand(Guid Id) : ICommand<TemporaryPasswordDto>;

public sealed record TemporaryPasswordDto(Guid UserId, string TemporaryPassword);

public sealed record UnlockUserCommand(Guid Id) : ICommand<UserDto>;

internal static class UserRules
{
    public static void AddProfileRules<T>(this AbstractValidator<T> v, Func<T, string?> displayName, Func<T, IReadOnlyList<string>?> roles)
    {
        v.RuleFor(c => displayName(c)).NotEmpty().MaximumLength(User.DisplayNameMaxLength).OverridePropertyName("displayName");
        v.RuleFor(c => roles(c)).NotEmpty().OverridePropertyName("roles");
        v.RuleForEach(c => roles(c)).Must(Domain.Identity.Roles.IsKnown).OverridePropertyName("roles")
            .WithMessage(_ => Text.Of($"未知角色；可选：{string.Join(", ", Domain.Identity.Roles.All)}",
                $"Unknown role; one of {string.Join(", ", Domain.Identity.Roles.All)}"));
    }

    public static async Task CheckUnitAsync(this IApplicationDbContext db, Guid? unitId, CancellationToken ct)
    {
        if (unitId is { } id && !await db.BranchUnits.AnyAsync(u => u.Id == id, ct))
        {
            throw RequestValidationException.ForField("unitId", Text.Of($"派出机构不存在：{id}", $"Branch unit '{id}' does not exist."));
        }
    }

    public static Task<User> GetUserAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Users.GetOrNotFoundAsync(id, Text.Of("用户", "User"), ct);
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(SecurityOptions options)
    {
        RuleFor(c => c.UserName).NotEmpty().Length(3, User.UserNameMaxLength).Matches("^[A-Za-z0-9._-]+$");
        this.AddProfileRules(c => c.DisplayName, c => c.Roles);
        RuleFor(c => c.Password).Password(options).When(c => c.Password is not null);
    }
}

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator() => this.AddProfileRules(c => c.DisplayName, c => c.Roles);
}

public sealed class ManageUserHandlers(
    IApplicationDbContext db, IPasswordHasher hasher, ICurrentActor actor, AccessTokenSessions sessions, TimeProvider clock)
    : ICommandHandler<CreateUserCommand, CreatedUserDto>, ICommandHandler<UpdateUserCommand, UserDto>,
      ICommandHandler<ResetPasswordCommand, TemporaryPasswordDto>, ICommandHandler<UnlockUserCommand, UserDto>
{
    public async ValueTask<CreatedUserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userName = User.Normalize(command.UserName!);
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            throw new ConflictException("duplicate-user-name", Text.Of($"用户名已存在：{userName}", $"User name '{userName}' is taken."), "userName");
        }

        await db.CheckUnitAsync(command.UnitId, cancellationToken);
        var temporary = command.Password is null ? Secrets.NewTemporaryPassword() : null;
        var user = User.Create(userName, command.DisplayName!, command.Roles!, command.UnitId, hasher.Hash(command.Password ?? temporary!), temporary is not null);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedUserDto(user.ToDto(), temporary);
    }

    public async ValueTask<UserDto> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.GetUserAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, user.Version);
        await db.CheckUnitAsync(command.UnitId, cancellationToken);
        if (user.Id == actor.UserId && (command.IsDisabled || !command.Roles!.Contains(Roles.Administrator)))
        {
            throw new ForbiddenException("self-lockout", Text.Of("不能停用自己或移除自己的管理员角色", "You cannot disable yourself or drop your own administrator role."));
        }

        user.Update(command.DisplayName!, command.Roles!, command.UnitId, command.IsDisabled);
        if (command.IsDisabled)
        {
            await db.RevokeAsync(t => t.UserId == user.Id, clock.GetUtcNow().UtcDateTime, "disabled", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        sessions.ForgetUser(user.Id);
        return user.ToDto();
    }

    public async ValueTask<TemporaryPasswordDto> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await db.GetUserAsync(command.Id, cancellationToken);
        var temporary = Secrets.NewTemporaryPassword();
        var now = clock.GetUtcNow().UtcDateTime;
        user.ResetPassword(hasher.Hash(temporary), now);
        await db.RevokeAsync(t => t.UserId == user.Id, now, "password-reset", cancellationToken);
        await ClearSignInDelaysAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        sessions.ForgetUser(user.Id);
        return new TemporaryPasswordDto(user.Id, temporary);
    }

    public async ValueTask<UserDto> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.GetUserAsync(command.Id, cancellationToken);
        await ClearSignInDelaysAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToDto();
    }

    /// <summary>Forgets the user's failed sign-ins and waits, from every address.</summary>
    private async Task ClearSignInDelaysAsync(User user, CancellationToken ct)
    {
        foreach (var throttle in await db.SignInThrottles.Where(t => t.UserName == user.UserName && t.FailureCount > 0).ToListAsync(ct))
        {
            throttle.Clear();
        }
    }
}
