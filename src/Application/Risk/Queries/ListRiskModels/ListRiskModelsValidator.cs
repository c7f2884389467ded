using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Queries.ListRiskModels;

public sealed class ListRiskModelsValidator : AbstractValidator<ListRiskModelsQuery>
{
    public ListRiskModelsValidator() => this.AddPagingRules([]);
}
