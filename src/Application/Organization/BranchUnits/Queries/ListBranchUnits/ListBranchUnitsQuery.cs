using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.ListBranchUnits;

/// <summary>Lists branch units, a page at a time.</summary>
/// <param name="Q">Text contained in the code or the name.</param>
/// <param name="ParentId">Only the direct children of this unit.</param>
/// <param name="RegionPrefix">Only units whose region code starts with these digits (e.g. 6401 for Yinchuan).</param>
/// <param name="IncludeRetired">Retired units are left out unless this is true.</param>
public sealed record ListBranchUnitsQuery(
    string? Q, Guid? ParentId, string? RegionPrefix, bool IncludeRetired, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<BranchUnitDto>>, IPageQuery;
