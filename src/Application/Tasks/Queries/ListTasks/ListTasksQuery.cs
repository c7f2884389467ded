using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Queries.ListTasks;

public sealed record ListTasksQuery(int? Year, InspectionTaskStatus? Status, string? Q, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<TaskDto>>, IPageQuery;
