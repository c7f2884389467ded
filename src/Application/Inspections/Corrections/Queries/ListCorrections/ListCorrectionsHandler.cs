using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListCorrections;

public sealed class ListCorrectionsHandler(IApplicationDbContext db, RecordAccess access)
    : IQueryHandler<ListCorrectionsQuery, PagedResult<CorrectionDto>>
{
    internal static readonly SortKeys<RecordCorrection> Sorts = new SortKeys<RecordCorrection>("requestedAtUtc")
        .Add("requestedAtUtc", c => c.RequestedAtUtc).Add("targetCode", c => c.TargetCode).Add("status", c => c.Status);

    public async ValueTask<PagedResult<CorrectionDto>> Handle(ListCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var corrections = await access.ReadableCorrectionsAsync(db.RecordCorrections.AsNoTracking(), cancellationToken);

        if (query.Status is { } status)
        {
            corrections = corrections.Where(c => c.Status == status);
        }

        return await Sorts.Apply(corrections, query).ThenBy(c => c.Id).ToPagedResultAsync(query, c => c.ToDto(), cancellationToken);
    }
}
