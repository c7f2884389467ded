using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Users.Commands.CreateUser;

public sealed class CreateUserHandler(IApplicationDbContext db, IPasswordHasher hasher)
    : ICommandHandler<CreateUserCommand, CreatedUserDto>
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
}
