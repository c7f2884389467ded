using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;

namespace DoubleRandom.Application.Auditing.Queries.ListAuditOperations;

public sealed class ListAuditOperationsValidator : AbstractValidator<ListAuditOperationsQuery>
{
    public ListAuditOperationsValidator()
    {
        this.AddPageRules();
        this.AddAuditFilterRules();
        RuleFor(q => q.Filter.EntityType).NotEmpty().OverridePropertyName("entityType")
            .WithMessage(_ => Text.Of("请指定记录类型，如 Draw", "Name the entity type, e.g. Draw."));
    }
}
