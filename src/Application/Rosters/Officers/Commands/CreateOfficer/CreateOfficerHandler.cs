using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;

/// <summary>A caller scoped to some units may add officers to those units only (403 <c>unit-out-of-scope</c>).</summary>
public sealed class CreateOfficerHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : ICommandHandler<CreateOfficerCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(CreateOfficerCommand command, CancellationToken cancellationToken)
    {
        await scope.DemandAsync(command.UnitId, cancellationToken);
        if (await db.Officers.AnyAsync(o => o.Number == command.Number, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-code",
                Text.Of($"人员编号已存在：{command.Number}", $"An officer with number '{command.Number}' already exists."),
                "number");
        }

        var officer = Officer.Create(command.Number!, command.ToDetails());
        db.Officers.Add(officer);
        await db.SaveChangesAsync(cancellationToken);
        return officer.ToDto(clock.Today());
    }
}
