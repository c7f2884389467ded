using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Organization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;

public sealed class CreateDepartmentHandler(IApplicationDbContext db) : ICommandHandler<CreateDepartmentCommand, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(CreateDepartmentCommand command, CancellationToken cancellationToken)
    {
        if (await db.Departments.AnyAsync(d => d.Code == command.Code, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-code",
                Text.Of($"部门代码已存在：{command.Code}", $"A department with code '{command.Code}' already exists."),
                "code");
        }

        var department = Department.Create(command.Code!, command.Name!);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return department.ToDto();
    }
}
