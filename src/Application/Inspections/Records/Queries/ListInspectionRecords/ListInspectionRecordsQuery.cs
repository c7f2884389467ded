using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.ListInspectionRecords;

/// <summary>The records of a task: an inspector's own groups, or (overseers) every group of a task in their scope.</summary>
public sealed record ListInspectionRecordsQuery(Guid TaskId, int? GroupNumber, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<InspectionRecordDto>>, IPageQuery, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
