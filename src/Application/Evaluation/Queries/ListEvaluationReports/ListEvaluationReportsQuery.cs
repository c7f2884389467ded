using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Domain.Evaluation;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Queries.ListEvaluationReports;

/// <summary>Report generations, newest first, optionally of one status.</summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), not a unit's")]
public sealed record ListEvaluationReportsQuery(EvaluationReportStatus? Status, int Page, int PageSize)
    : IQuery<PagedResult<EvaluationReportJobDto>>, IPageQuery
{
    public string? Sort => null;
}
