using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Mediator;

namespace DoubleRandom.Application.Tasks.Queries.ListTasks;

public sealed class ListTasksHandler(TaskVisibility visibility)
    : IQueryHandler<ListTasksQuery, PagedResult<TaskDto>>
{
    internal static readonly SortKeys<InspectionTask> Sorts = new SortKeys<InspectionTask>("createdAtUtc")
        .Add("year", t => t.Year).Add("name", t => t.Name).Add("createdAtUtc", t => t.CreatedAtUtc);

    public async ValueTask<PagedResult<TaskDto>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var tasks = await visibility.VisibleTasksAsync(cancellationToken);

        if (query.Year is { } year)
        {
            tasks = tasks.Where(t => t.Year == year);
        }

        if (query.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        if (!string.IsNullOrEmpty(query.Q))
        {
            tasks = tasks.Where(t => t.Name.Contains(query.Q));
        }

        return await Sorts.Apply(tasks, query).ThenBy(t => t.Id).ToPagedResultAsync(query, t => t.ToDto(), cancellationToken);
    }
}
