using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Targets.Queries.SearchTargets;

public sealed class SearchTargetsValidator : AbstractValidator<SearchTargetsQuery>
{
    public SearchTargetsValidator()
    {
        this.AddPagingRules(SearchTargetsHandler.Sorts);
        this.AddFilterRules(q => q.Filter);
    }
}
