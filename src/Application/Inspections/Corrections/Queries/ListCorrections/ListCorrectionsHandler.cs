using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListCorrections;

public sealed class ListCorrectionsHandler(IApplicationDbContext db, TaskVisibility tasks)
    : IQueryHandler<ListCorrectionsQuery, PagedResult<CorrectionDto>>
{
    internal static readonly SortKeys<RecordCorrection> Sorts = new SortKeys<RecordCorrection>("requestedAtUtc")
        .Add("requestedAtUtc", c => c.RequestedAtUtc).Add("targetCode", c => c.TargetCode).Add("status", c => c.Status);

    public async ValueTask<PagedResult<CorrectionDto>> Handle(ListCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var corrections = db.RecordCorrections.AsNoTracking();
        if (await tasks.VisibleTaskIdsAsync(cancellationToken) is { } visible)
        {
            var ids = visible.ToList();
            corrections = corrections.Where(c => ids.Contains(c.TaskId));
        }

        if (query.Status is { } status)
        {
            corrections = corrections.Where(c => c.Status == status);
        }

        return await Sorts.Apply(corrections, query).ThenBy(c => c.Id).ToPagedResultAsync(query, c => c.ToDto(), cancellationToken);
    }
}
