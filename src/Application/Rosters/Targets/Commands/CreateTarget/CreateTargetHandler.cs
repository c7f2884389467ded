using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;

public sealed class CreateTargetHandler(IApplicationDbContext db, IReferenceData reference) : ICommandHandler<CreateTargetCommand, TargetDto>
{
    public async ValueTask<TargetDto> Handle(CreateTargetCommand command, CancellationToken cancellationToken)
    {
        if (await db.Targets.AnyAsync(t => t.Code == command.Code, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-code",
                Text.Of($"检查对象代码已存在：{command.Code}", $"A target with code '{command.Code}' already exists."),
                "code");
        }

        var target = Target.Create(command.Code!, command.ResolvedKind!.Value, command.ToDetails(reference));
        db.Targets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return target.ToDto();
    }
}
