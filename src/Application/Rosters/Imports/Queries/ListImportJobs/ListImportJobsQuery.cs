using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.ListImportJobs;

/// <summary>Recent import jobs, newest first: how a client that lost the 202 (a dropped connection) finds its job.</summary>
public sealed record ListImportJobsQuery(ImportRoster? Roster, ImportJobStatus? Status, int Page, int PageSize)
    : IQuery<PagedResult<ImportJobDto>>, IPageQuery
{
    public string? Sort => null;
}
