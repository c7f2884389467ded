using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;

/// <summary>Creates a department (部门).</summary>
/// <param name="Code">Unique code, letters, digits and <c>. _ : -</c>, at most 32 characters; appears in draw records.</param>
/// <param name="Name">Display name, e.g. 市场监督管理局.</param>
public sealed record CreateDepartmentCommand(string? Code, string? Name) : ICommand<DepartmentDto>;

public sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentValidator()
    {
        RuleFor(c => c.Code).Code(Department.CodeMaxLength);
        RuleFor(c => c.Name).DisplayName(Department.NameMaxLength);
    }
}

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
