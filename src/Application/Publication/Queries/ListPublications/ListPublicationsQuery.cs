using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Publication;
using Mediator;

namespace DoubleRandom.Application.Publication.Queries.ListPublications;

/// <summary>The closed tasks in the caller's scope with their publication state, the earliest deadline first.</summary>
public sealed record ListPublicationsQuery(PublicationStatusFilter? Status, int Page, int PageSize)
    : IQuery<PagedResult<PublicationListItemDto>>, IPageQuery
{
    string? IPageQuery.Sort => null;
}
