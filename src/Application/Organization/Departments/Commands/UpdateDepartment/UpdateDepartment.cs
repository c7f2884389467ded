using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;
using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.UpdateDepartment;

/// <summary>Renames a department. The code never changes.</summary>
public sealed record UpdateDepartmentCommand(Guid Id, string? Name, int? Version) : ICommand<DepartmentDto>;

public sealed class UpdateDepartmentValidator : AbstractValidator<UpdateDepartmentCommand>
{
    public UpdateDepartmentValidator()
    {
        RuleFor(c => c.Name).DisplayName(Department.NameMaxLength);
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1).When(c => c.Version is not null);
    }
}

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
