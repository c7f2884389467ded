using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListCorrections;

/// <summary>The corrections of the tasks in the caller's scope (a leader's queue: <c>status=pending</c>), oldest first by default.</summary>
public sealed record ListCorrectionsQuery(CorrectionStatus? Status, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<CorrectionDto>>, IPageQuery;
