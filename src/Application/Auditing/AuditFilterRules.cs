using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Auditing;

public static class AuditFilterRules
{
    /// <summary>The filter's rules, reported under the query-string names the client used (<c>actor</c>, <c>to</c>, …).</summary>
    public static void AddAuditFilterRules<T>(this AbstractValidator<T> validator)
        where T : IAuditFilterQuery
    {
        validator.RuleFor(q => q.Filter).NotNull().OverridePropertyName("query");
        validator.RuleFor(q => q.Filter.Actor).MaximumLength(100).OverridePropertyName("actor");
        validator.RuleFor(q => q.Filter.Action).MaximumLength(64)
            .Matches("^[a-z][a-z0-9._-]*$").OverridePropertyName("action")
            .WithMessage(_ => Text.Of("操作名由小写字母、数字及 . _ - 组成，如 update、draw.witness",
                "An action is lower-case letters, digits and . _ - (e.g. update, draw.witness)."));
        validator.RuleFor(q => q.Filter.EntityType).MaximumLength(100)
            .Matches("^[A-Za-z][A-Za-z0-9_.]*$").OverridePropertyName("entityType")
            .WithMessage(_ => Text.Of("记录类型为字母开头的标识符，如 BranchUnit、Draw",
                "An entity type is an identifier such as BranchUnit or Draw."));
        validator.RuleFor(q => q.Filter.EntityId).MaximumLength(200).OverridePropertyName("entityId");
        validator.RuleFor(q => q.Filter.FromSequence).GreaterThanOrEqualTo(1).OverridePropertyName("fromSequence");
        validator.RuleFor(q => q.Filter.ToSequence).GreaterThanOrEqualTo(1).OverridePropertyName("toSequence");
        validator.RuleFor(q => q.Filter.To)
            .Must((q, to) => q.Filter.From is null || to is null || to > q.Filter.From)
            .OverridePropertyName("to")
            .WithMessage(_ => Text.Of("结束时间必须晚于开始时间", "'to' must be later than 'from'."));
        validator.RuleFor(q => q.Filter.ToSequence)
            .Must((q, last) => q.Filter.FromSequence is null || last is null || last >= q.Filter.FromSequence)
            .OverridePropertyName("toSequence")
            .WithMessage(_ => Text.Of("结束序号不能小于起始序号", "'toSequence' must not be less than 'fromSequence'."));
    }
}
