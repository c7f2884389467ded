using DoubleRandom.Application.Common.Paging;
using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;

/// <summary>Lists departments, a page at a time.</summary>
/// <param name="Q">Text contained in the code or the name.</param>
/// <param name="IncludeRetired">Retired departments are left out unless this is true.</param>
public sealed record ListDepartmentsQuery(string? Q, bool IncludeRetired, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<DepartmentDto>>, IPageQuery;
