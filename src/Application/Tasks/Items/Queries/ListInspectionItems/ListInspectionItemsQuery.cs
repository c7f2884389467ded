using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Tasks.Items.Queries.ListInspectionItems;

public sealed record ListInspectionItemsQuery(string? Q, string? Department, bool IncludeRetired, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<InspectionItemDto>>, IPageQuery;
