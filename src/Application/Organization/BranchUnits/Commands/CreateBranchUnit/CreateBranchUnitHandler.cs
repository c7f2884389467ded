using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Organization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.BranchUnits.Commands.CreateBranchUnit;

public sealed class CreateBranchUnitHandler(IApplicationDbContext db) : ICommandHandler<CreateBranchUnitCommand, BranchUnitDto>
{
    public async ValueTask<BranchUnitDto> Handle(CreateBranchUnitCommand command, CancellationToken cancellationToken)
    {
        if (await db.BranchUnits.AnyAsync(u => u.Code == command.Code, cancellationToken))
        {
            throw DuplicateCode(command.Code!);
        }

        var parent = await db.FindParentAsync(command.ParentId, cancellationToken);
        var unit = BranchUnit.Create(command.Code!, command.Name!, parent, command.RegionCode!);
        db.BranchUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    internal static ConflictException DuplicateCode(string code) => new(
        "duplicate-code",
        Text.Of($"派出机构代码已存在：{code}", $"A branch unit with code '{code}' already exists."),
        "code");
}
