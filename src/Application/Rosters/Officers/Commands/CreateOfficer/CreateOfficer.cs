using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Application.Identity;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;

/// <summary>Adds an officer to the roster (§3.3).</summary>
/// <param name="Number">Unique officer number; the officer id in draw snapshots (letters, digits, <c>. _ : -</c>).</param>
/// <param name="UnitId">The branch unit the officer belongs to.</param>
/// <param name="DepartmentCode">The officer's department.</param>
/// <param name="IsLeaderEligible">In the team-leader pool (执法组长库).</param>
/// <param name="UserId">The user account of the officer, when there is one.</param>
public sealed record CreateOfficerCommand(
    string? Number, string? Name, Guid? UnitId, string? DepartmentCode, OfficerStatus? Status, bool? IsLeaderEligible,
    Guid? UserId, IReadOnlyList<string>? ExpertiseTags, IReadOnlyList<CertificateDto>? Certificates)
    : ICommand<OfficerDto>, IOfficerFields;

public sealed class CreateOfficerValidator : OfficerFieldsValidator<CreateOfficerCommand>
{
    public CreateOfficerValidator(IApplicationDbContext db)
        : base(db) => RuleFor(o => o.Number).Code(Officer.NumberMaxLength);
}

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
