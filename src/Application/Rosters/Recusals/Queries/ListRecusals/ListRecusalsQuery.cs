using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Queries.ListRecusals;

/// <summary>Lists registered recusals of an officer, of a target, or both; <c>activeOn</c> keeps those valid that day.</summary>
[Unscoped("a list of the recusals of the officers in the caller's units; officerId only narrows it")]
public sealed record ListRecusalsQuery(Guid? OfficerId, string? TargetCode, DateOnly? ActiveOn, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<RecusalDto>>, IPageQuery;
