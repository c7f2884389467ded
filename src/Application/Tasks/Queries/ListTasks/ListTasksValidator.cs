using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Queries.ListTasks;

public sealed class ListTasksValidator : AbstractValidator<ListTasksQuery>
{
    public ListTasksValidator() => this.AddPagingRules(ListTasksHandler.Sorts);
}
