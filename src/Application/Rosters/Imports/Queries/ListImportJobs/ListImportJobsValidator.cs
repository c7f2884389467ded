using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Imports.Queries.ListImportJobs;

public sealed class ListImportJobsValidator : AbstractValidator<ListImportJobsQuery>
{
    public ListImportJobsValidator() => this.AddPagingRules([]);
}
