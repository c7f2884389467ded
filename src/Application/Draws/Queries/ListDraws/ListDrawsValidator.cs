using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Draws.Queries.ListDraws;

public sealed class ListDrawsValidator : AbstractValidator<ListDrawsQuery>
{
    public ListDrawsValidator() => this.AddPagingRules(["preparedAtUtc", "year"]);
}
