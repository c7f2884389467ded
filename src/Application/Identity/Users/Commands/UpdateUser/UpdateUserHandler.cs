using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Domain.Identity;
using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.UpdateUser;

public sealed class UpdateUserHandler(IApplicationDbContext db, ICurrentActor actor, AccessTokenSessions sessions, TimeProvider clock)
    : ICommandHandler<UpdateUserCommand, UserDto>
{
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
}
