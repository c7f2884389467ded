using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Evaluation.Queries.ListEvaluationReports;

public sealed class ListEvaluationReportsValidator : AbstractValidator<ListEvaluationReportsQuery>
{
    public ListEvaluationReportsValidator() => this.AddPagingRules([]);
}
