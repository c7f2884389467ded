using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Identity;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Commands.UpdateOfficer;

/// <summary>Replaces an officer's changeable fields (keeping the roster current, §3.3.4). The number never changes.</summary>
public sealed record UpdateOfficerCommand(
    Guid Id, string? Name, Guid? UnitId, string? DepartmentCode, OfficerStatus? Status, bool? IsLeaderEligible,
    Guid? UserId, IReadOnlyList<string>? ExpertiseTags, IReadOnlyList<CertificateDto>? Certificates, int? Version)
    : ICommand<OfficerDto>, IOfficerFields, IScopedToOfficer
{
    Guid? IScopedToOfficer.ScopedOfficerId => Id;
}

public sealed class UpdateOfficerValidator : OfficerFieldsValidator<UpdateOfficerCommand>
{
    public UpdateOfficerValidator(IApplicationDbContext db)
        : base(db) => RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
}

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
