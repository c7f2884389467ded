using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.PublicResults.Queries.SearchPublicResults;

/// <summary>
/// The public results search (一公开), anonymous: published rows only (a task's rows exist once it is published), by
/// target code (exact), target name (prefix), year and task, at least one of them; newest publication first (ties by
/// row, so pages are stable), or with a task by target code and item. The per-task and per-enterprise routes send it with their id.
/// </summary>
[Unscoped("the public disclosure (一公开): published results of every task, to anyone")]
public sealed record SearchPublicResultsQuery(string? Code, string? Name, int? Year, Guid? TaskId, int Page, int PageSize)
    : IQuery<PublicResultPage>, IPageQuery
{
    public string? Sort => null;
}
