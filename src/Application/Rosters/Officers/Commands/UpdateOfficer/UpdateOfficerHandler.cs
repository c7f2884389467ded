using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Commands.UpdateOfficer;

/// <summary>Scoped like reading: an officer outside the caller's units is absent (404), and cannot be moved out of them (403).</summary>
public sealed class UpdateOfficerHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : ICommandHandler<UpdateOfficerCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(UpdateOfficerCommand command, CancellationToken cancellationToken)
    {
        var officer = await db.GetOfficerAsync(command.Id, cancellationToken);
        await scope.DemandAsync(command.UnitId, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, officer.Version);
        officer.Update(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return officer.ToDto(clock.Today());
    }
}
