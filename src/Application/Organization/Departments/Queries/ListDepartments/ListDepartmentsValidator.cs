using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;

public sealed class ListDepartmentsValidator : AbstractValidator<ListDepartmentsQuery>
{
    public ListDepartmentsValidator()
    {
        this.AddPagingRules(ListDepartmentsHandler.Sorts);
        RuleFor(q => q.Q).MaximumLength(Department.NameMaxLength);
    }
}
