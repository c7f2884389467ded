using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Corrections.Queries.ListCorrections;

public sealed class ListCorrectionsValidator : AbstractValidator<ListCorrectionsQuery>
{
    public ListCorrectionsValidator()
    {
        this.AddPagingRules(ListCorrectionsHandler.Sorts);
        RuleFor(q => q.Status).IsInEnum();
    }
}
