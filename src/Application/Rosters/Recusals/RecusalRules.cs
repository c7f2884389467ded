using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Recusals;

internal static class RecusalRules
{
    public static void AddPeriodRules<T>(this AbstractValidator<T> v, Func<T, RecusalReason?> reason, Func<T, string?> note,
        Func<T, DateOnly?> from, Func<T, DateOnly?> to)
    {
        v.RuleFor(x => reason(x)).NotNull().OverridePropertyName("reason");
        v.RuleFor(x => note(x)).MaximumLength(Recusal.NoteMaxLength).OverridePropertyName("note");
        v.RuleFor(x => note(x)).NotEmpty().When(x => reason(x) == RecusalReason.Other).OverridePropertyName("note")
            .WithMessage(_ => RecusalTexts.NoteRequiredForOther);
        v.RuleFor(x => from(x)).NotNull().OverridePropertyName("validFrom");
        v.RuleFor(x => to(x)).Must((x, end) => end is null || from(x) is null || end >= from(x)).OverridePropertyName("validTo")
            .WithMessage(_ => RecusalTexts.EndBeforeStart);
    }

    public static Task<Recusal> GetRecusalAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Recusals.GetOrNotFoundAsync(id, RecordNames.Recusal, ct);
}
