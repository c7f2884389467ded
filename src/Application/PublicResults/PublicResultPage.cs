namespace DoubleRandom.Application.PublicResults;

/// <summary>
/// One page of public results. <see cref="TotalCount"/> counts at most <see cref="PublicResultLimits.MaxReachableRows"/>
/// rows (the rows a client can page to); <see cref="MoreThanTotal"/> says the search matches more — narrow it.
/// </summary>
public sealed record PublicResultPage(IReadOnlyList<PublicResultDto> Items, int Page, int PageSize, int TotalCount, bool MoreThanTotal)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
