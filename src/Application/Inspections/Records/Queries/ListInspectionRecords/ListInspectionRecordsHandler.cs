using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records.Queries.ListInspectionRecords;

public sealed class ListInspectionRecordsHandler(IApplicationDbContext db, RecordAccess access)
    : IQueryHandler<ListInspectionRecordsQuery, PagedResult<InspectionRecordDto>>
{
    internal static readonly SortKeys<InspectionRecord> Sorts = new SortKeys<InspectionRecord>("targetCode")
        .Add("targetCode", r => r.TargetCode).Add("groupNumber", r => r.GroupNumber).Add("startedAtUtc", r => r.StartedAtUtc)
        .Add("updatedAtUtc", r => r.UpdatedAtUtc);

    public async ValueTask<PagedResult<InspectionRecordDto>> Handle(ListInspectionRecordsQuery query, CancellationToken cancellationToken)
    {
        var records = db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == query.TaskId);
        if (await access.ReadableGroupsAsync(query.TaskId, cancellationToken) is { } groups)
        {
            var numbers = groups.ToList();
            records = records.Where(r => numbers.Contains(r.GroupNumber));
        }

        if (query.GroupNumber is { } group)
        {
            records = records.Where(r => r.GroupNumber == group);
        }

        return await Sorts.Apply(records, query).ThenBy(r => r.Id).ToPagedResultAsync(query, r => r.ToDto(), cancellationToken);
    }
}
