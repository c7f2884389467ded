using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;

public sealed class SearchOfficersValidator : AbstractValidator<SearchOfficersQuery>
{
    public SearchOfficersValidator()
    {
        this.AddPagingRules(SearchOfficersHandler.Sorts);
        RuleFor(q => q.Q).MaximumLength(Officer.NameMaxLength);
        RuleFor(q => q.Expertise).MaximumLength(50).Matches("^[^|%_]*$");
    }
}
