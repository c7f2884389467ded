using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Queries.ListRiskJobs;

public sealed class ListRiskJobsValidator : AbstractValidator<ListRiskJobsQuery>
{
    public ListRiskJobsValidator() => this.AddPagingRules([]);
}
