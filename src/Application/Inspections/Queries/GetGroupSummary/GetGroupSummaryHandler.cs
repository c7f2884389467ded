using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Inspections.Queries.GetGroupSummary;

public sealed class GetGroupSummaryHandler(IApplicationDbContext db, SummaryAccess access) : IQueryHandler<GetGroupSummaryQuery, GroupSummaryDto>
{
    public async ValueTask<GroupSummaryDto> Handle(GetGroupSummaryQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureReadableAsync(query.TaskId, query.GroupNumber, cancellationToken);
        return await GroupSummaries.LoadAsync(db, query.TaskId, query.GroupNumber, cancellationToken);
    }
}
