using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Commands.UpdateTarget;

/// <summary>Replaces a target's changeable fields. The code and kind never change: draws and recusals refer to them.</summary>
/// <param name="Version">The version the client last read; a stale one is refused with 409.</param>
public sealed record UpdateTargetCommand(
    Guid Id, string? Name, string? LegalRepresentative, string? Address, string? RegionCode,
    string? IndustrySection, string? IndustryDivision, IReadOnlyList<string>? DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus? Status, RiskTier? RiskTier, CreditClass? CreditClass,
    IReadOnlyList<string>? Tags, int? Weight, int? Version) : ICommand<TargetDto>, ITargetFields;

public sealed class UpdateTargetValidator : TargetFieldsValidator<UpdateTargetCommand>
{
    public UpdateTargetValidator(IReferenceData reference, IApplicationDbContext db, TimeProvider clock)
        : base(reference, db, clock) =>
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
}

public sealed class UpdateTargetHandler(IApplicationDbContext db, IReferenceData reference) : ICommandHandler<UpdateTargetCommand, TargetDto>
{
    public async ValueTask<TargetDto> Handle(UpdateTargetCommand command, CancellationToken cancellationToken)
    {
        var target = await db.GetTargetAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, target.Version);
        target.Update(command.ToDetails(reference));
        await db.SaveChangesAsync(cancellationToken);
        return target.ToDto();
    }
}
