using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;

/// <summary>Searches the officer roster.</summary>
/// <param name="Q">Text contained in the name, or the start of the number.</param>
/// <param name="Expertise">An expertise tag (业务专长).</param>
/// <param name="Leader">Only (true) or never (false) team-leader-eligible officers.</param>
/// <param name="CertifiedOn">Only officers holding a certificate valid on this day.</param>
public sealed record SearchOfficersQuery(
    string? Q, Guid? UnitId, string? Department, OfficerStatus? Status, bool? Leader, string? Expertise, DateOnly? CertifiedOn,
    int Page, int PageSize, string? Sort) : IQuery<PagedResult<OfficerDto>>, IPageQuery
{
    public OfficerFilter Filter => new(Q, UnitId, Department, Status, Leader, Expertise, CertifiedOn);
}
