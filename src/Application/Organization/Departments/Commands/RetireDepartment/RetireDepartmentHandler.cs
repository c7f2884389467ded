using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.RetireDepartment;

public sealed class RetireDepartmentHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<RetireDepartmentCommand, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(RetireDepartmentCommand command, CancellationToken cancellationToken)
    {
        var department = await db.GetDepartmentAsync(command.Id, cancellationToken);
        department.Retire(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return department.ToDto();
    }
}
