using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets;

public static class TargetFiltering
{
    public static void AddFilterRules<T>(this AbstractValidator<T> validator, Func<T, TargetFilter> filter)
    {
        validator.RuleFor(q => filter(q).Q).MaximumLength(Target.NameMaxLength).OverridePropertyName("q");
        validator.RuleFor(q => filter(q).RegionPrefix).Matches("^[0-9]{1,6}$").OverridePropertyName("regionPrefix");
        validator.RuleFor(q => filter(q).IndustrySection).Matches("^[A-T]$").OverridePropertyName("industrySection");
        validator.RuleFor(q => filter(q).IndustryDivision).Matches("^[0-9]{2}$").OverridePropertyName("industryDivision");
        validator.RuleFor(q => filter(q).Department).MaximumLength(32).Matches("^[^|%_]*$").OverridePropertyName("department");
        validator.RuleFor(q => filter(q).Tag).MaximumLength(50).Matches("^[^|%_]*$").OverridePropertyName("tag");
    }

    /// <summary>The filters, <see cref="TargetFilter.Inspected"/> against <paramref name="history"/> (the past results).</summary>
    public static IQueryable<Target> Apply(this IQueryable<Target> targets, TargetFilter f, IQueryable<InspectionOutcome> history)
    {
        if (f.Inspected is { } inspected)
        {
            targets = targets.Where(t => history.Any(o => o.TargetCode == t.Code) == inspected);
        }

        return targets.Apply(f);
    }

    public static IQueryable<Target> Apply(this IQueryable<Target> targets, TargetFilter f)
    {
        if (!f.IncludeRetired)
        {
            targets = targets.Where(t => t.RetiredAtUtc == null);
        }

        if (!string.IsNullOrEmpty(f.Q))
        {
            // LIKE with an escaped pattern, not Contains: PostgreSQL serves it from the trigram index.
            var text = "%" + Escape(f.Q) + "%";
            var prefix = Escape(f.Q) + "%";
            targets = targets.Where(t => EF.Functions.Like(t.Name, text, "\\") || EF.Functions.Like(t.Code, prefix, "\\"));
        }

        if (f.Kind is { } kind)
        {
            targets = targets.Where(t => t.Kind == kind);
        }

        if (!string.IsNullOrEmpty(f.RegionPrefix))
        {
            // Region codes are six digits, so a prefix is a range: a plain btree serves it under any collation.
            var low = f.RegionPrefix.PadRight(6, '0');
            var high = f.RegionPrefix.PadRight(6, '9');
#pragma warning disable CA1309 // translated to SQL <, >: the ordinal overload has no translation, and digits sort alike everywhere
            targets = targets.Where(t => string.Compare(t.RegionCode, low) >= 0 && string.Compare(t.RegionCode, high) <= 0);
#pragma warning restore CA1309
        }

        if (!string.IsNullOrEmpty(f.IndustrySection))
        {
            targets = targets.Where(t => t.IndustrySection == f.IndustrySection);
        }

        if (!string.IsNullOrEmpty(f.IndustryDivision))
        {
            targets = targets.Where(t => t.IndustryDivision == f.IndustryDivision);
        }

        if (!string.IsNullOrEmpty(f.Department))
        {
            var pattern = TagList.Pattern(f.Department);
            targets = targets.Where(t => EF.Functions.Like(t.DepartmentCodes, pattern));
        }

        if (f.RiskTier is { } tier)
        {
            targets = targets.Where(t => t.RiskTier == tier);
        }

        if (f.Status is { } status)
        {
            targets = targets.Where(t => t.Status == status);
        }

        if (!string.IsNullOrEmpty(f.Tag))
        {
            var pattern = TagList.Pattern(f.Tag);
            targets = targets.Where(t => EF.Functions.Like(t.Tags, pattern));
        }

        return targets;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
