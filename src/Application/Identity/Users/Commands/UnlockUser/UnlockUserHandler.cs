using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Identity.Users.Commands.UnlockUser;

public sealed class UnlockUserHandler(IApplicationDbContext db) : ICommandHandler<UnlockUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.GetUserAsync(command.Id, cancellationToken);
        await db.ClearSignInDelaysAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToDto();
    }
}
