using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Publication.Queries.ListPublications;

public sealed class ListPublicationsValidator : AbstractValidator<ListPublicationsQuery>
{
    public ListPublicationsValidator() => this.AddPageRules();
}
