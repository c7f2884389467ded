using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Identity.Users.Queries.ListUsers;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        this.AddPagingRules(ListUsersHandler.Sorts);
        RuleFor(q => q.Role).Must(r => r is null || Domain.Identity.Roles.IsKnown(r));
        RuleFor(q => q.Q).MaximumLength(100);
    }
}
