using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Imports.ListImportJobs;

public sealed class ListImportJobsValidator : AbstractValidator<ListImportJobsQuery>
{
    public ListImportJobsValidator() => this.AddPagingRules([]);
}
