using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ListRescores;

public sealed class ListRescoresValidator : AbstractValidator<ListRescoresQuery>
{
    public ListRescoresValidator() => this.AddPagingRules([]);
}
