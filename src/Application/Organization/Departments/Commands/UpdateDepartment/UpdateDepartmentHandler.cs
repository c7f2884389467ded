using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.UpdateDepartment;

public sealed class UpdateDepartmentHandler(IApplicationDbContext db) : ICommandHandler<UpdateDepartmentCommand, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(UpdateDepartmentCommand command, CancellationToken cancellationToken)
    {
        var department = await db.GetDepartmentAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, department.Version);
        department.Rename(command.Name!);
        await db.SaveChangesAsync(cancellationToken);
        return department.ToDto();
    }
}
