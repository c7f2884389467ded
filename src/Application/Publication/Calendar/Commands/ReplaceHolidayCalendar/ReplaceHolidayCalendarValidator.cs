using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Publication;
using FluentValidation;

namespace DoubleRandom.Application.Publication.Calendar.Commands.ReplaceHolidayCalendar;

/// <summary>
/// Each entry names a festival, a kind and its first and last day within the year (first ≤ last); a workday range holds
/// Saturdays and Sundays only (调休: a weekday is a working day anyway); no entry repeats or overlaps another. Errors name
/// the entry: <c>entries[i].from</c>.
/// </summary>
public sealed class ReplaceHolidayCalendarValidator : AbstractValidator<ReplaceHolidayCalendarCommand>
{
    public ReplaceHolidayCalendarValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(CalendarLimits.MinYear, CalendarLimits.MaxYear);
        RuleFor(c => c.Entries).NotNull()
            .Must(e => e is null || e.Count <= CalendarLimits.MaxEntries)
            .WithMessage(_ => Text.Of($"一年至多 {CalendarLimits.MaxEntries} 项", $"At most {CalendarLimits.MaxEntries} entries a year."));
        RuleForEach(c => c.Entries).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.Name).NotEmpty().MaximumLength(CalendarDay.NameMaxLength);
            e.RuleFor(x => x.Kind).NotNull().IsInEnum();
            e.RuleFor(x => x.From).NotNull();
            e.RuleFor(x => x.To).NotNull();
        });
        RuleFor(c => c).Custom((c, context) =>
        {
            if (c.Entries is null || c.Entries.Count > CalendarLimits.MaxEntries)
            {
                return;
            }

            var checkedEntries = new List<(int Index, HolidayRangeInput Entry)>();
            for (var i = 0; i < c.Entries.Count; i++)
            {
                if (c.Entries[i] is { From: { } from, To: { } to } entry && Check(c.Year, i, entry, from, to, checkedEntries, context))
                {
                    checkedEntries.Add((i, entry));
                }
            }
        });
    }

    /// <summary>Checks one entry with both days given; true when it is well formed (then later entries are compared with it).</summary>
    private static bool Check(
        int year, int i, HolidayRangeInput entry, DateOnly from, DateOnly to, List<(int Index, HolidayRangeInput Entry)> earlier,
        ValidationContext<ReplaceHolidayCalendarCommand> context)
    {
        var field = $"entries[{i}]";
        if (from > to)
        {
            context.AddFailure($"{field}.to", Text.Of("结束日期不能早于开始日期", "The last day cannot be before the first day."));
            return false;
        }

        if (from.Year != year || to.Year != year)
        {
            context.AddFailure($"{field}.{(from.Year != year ? "from" : "to")}",
                Text.Of($"日期须在 {year} 年内", $"The days must be within {year}."));
            return false;
        }

        if (entry.Kind == CalendarDayKind.Workday && Days(from, to)
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Select(d => (DateOnly?)d).FirstOrDefault() is { } weekday)
        {
            context.AddFailure($"{field}.kind", Text.Of(
                $"调休上班（workday）只能是周六或周日，{weekday:yyyy-MM-dd} 是工作日",
                $"A workday (调休上班) range holds Saturdays and Sundays only; {weekday:yyyy-MM-dd} is a weekday."));
            return false;
        }

        foreach (var (index, other) in earlier)
        {
            if (other.From == from && other.To == to && other.Kind == entry.Kind && string.Equals(other.Name, entry.Name, StringComparison.Ordinal))
            {
                context.AddFailure(field, Text.Of($"与第 {index} 项重复", $"Duplicates entry {index}."));
                return false;
            }

            if (other.From <= to && from <= other.To)
            {
                context.AddFailure($"{field}.from", Text.Of($"与第 {index} 项的日期重叠", $"Overlaps the days of entry {index}."));
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
