using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;

public sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentValidator()
    {
        RuleFor(c => c.Code).Code(Department.CodeMaxLength);
        RuleFor(c => c.Name).DisplayName(Department.NameMaxLength);
    }
}
