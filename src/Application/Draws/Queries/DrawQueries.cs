using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries;

/// <summary>
/// A draw as anyone sees it (the same fields for staff and public: nothing names a target). Staff reads
/// (<paramref name="PublicOnly"/> false) follow the caller's unit scope; the public disclosure shows every draw.
/// </summary>
public sealed record GetDrawQuery(Guid Id, bool PublicOnly = false) : IQuery<DrawDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => PublicOnly ? null : Id;
}

/// <summary>The drawn groups (staff only before reveal; public after).</summary>
public sealed record GetDrawResultQuery(Guid Id, bool PublicOnly) : IQuery<DrawResultDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => PublicOnly ? null : Id;
}

/// <summary>
/// Draws, newest first; public (<paramref name="PublicOnly"/>): every draw ever prepared, failed ones included (§0:
/// nothing is silently dropped); staff: the draws of the tasks in the caller's unit scope.
/// </summary>
[Unscoped("a list filtered by the visible tasks; taskId only narrows it")]
public sealed record ListDrawsQuery(int? Year, Guid? TaskId, DrawStatus? Status, int Page, int PageSize, string? Sort, bool PublicOnly = false)
    : IQuery<PagedResult<DrawDto>>, IPageQuery;

public sealed class ListDrawsValidator : AbstractValidator<ListDrawsQuery>
{
    public ListDrawsValidator() => this.AddPagingRules(["preparedAtUtc", "year"]);
}

public sealed class DrawQueryHandlers(IApplicationDbContext db, IAuditLog audit, Tasks.TaskVisibility visibility) :
    IQueryHandler<GetDrawQuery, DrawDto>, IQueryHandler<GetDrawResultQuery, DrawResultDto>, IQueryHandler<ListDrawsQuery, PagedResult<DrawDto>>
{
    public async ValueTask<DrawDto> Handle(GetDrawQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.Id, ct);
        return DrawDto.From(draw, await db.TaskNameAsync(draw.TaskId, ct));
    }

    public async ValueTask<DrawResultDto> Handle(GetDrawResultQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.Id, ct);
        if (q.PublicOnly)
        {
            PublicRules.EnsureRevealed(draw);
        }

        if (!q.PublicOnly && !draw.IsRevealed)
        {
            // Names before reveal are what §6.2.3 protects: who looked is on the record.
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "result read before reveal", ct);
        }

        return (await DrawResults.LoadAsync(db, [draw.Id], ct))[0];
    }

    public async ValueTask<PagedResult<DrawDto>> Handle(ListDrawsQuery q, CancellationToken ct)
    {
        var draws = db.Draws.AsNoTracking();
        if (!q.PublicOnly && await visibility.VisibleTaskIdsAsync(ct) is { } visible)
        {
            var ids = visible.ToList();
            draws = draws.Where(d => ids.Contains(d.TaskId));
        }

        if (q.Year is { } year)
        {
            draws = draws.Where(d => d.Year == year);
        }

        if (q.TaskId is { } task)
        {
            draws = draws.Where(d => d.TaskId == task);
        }

        if (q.Status is { } status)
        {
            draws = draws.Where(d => d.Status == status);
        }

        var ordered = q.SortField("preparedAtUtc") == "year"
            ? draws.OrderBy(d => d.Year, q.IsDescending())
            : draws.OrderBy(d => d.PreparedAtUtc, q.Sort is null || q.IsDescending());
        var page = await ordered.ThenBy(d => d.Id).ToPagedResultAsync(q, ct);
        var taskIds = page.Items.Select(d => d.TaskId).Distinct().ToList();
        var names = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new PagedResult<DrawDto>([.. page.Items.Select(d => DrawDto.From(d, names.GetValueOrDefault(d.TaskId, string.Empty)))],
            page.Page, page.PageSize, page.TotalCount);
    }
}
