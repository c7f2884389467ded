using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Queries.GetInspectionHistory;

/// <summary>A target's past results (newest visit first by default), optionally of one year.</summary>
[Unscoped("the target roster is shared by the whole bureau, as its reads are; history holds no upcoming inspection")]
public sealed record GetInspectionHistoryQuery(string TargetCode, int? Year, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<InspectionOutcomeDto>>, IPageQuery;
