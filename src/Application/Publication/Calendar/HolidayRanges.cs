using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication.Calendar;

/// <summary>A year's calendar days as ranges: consecutive days of the same festival and kind are one entry.</summary>
public static class HolidayRanges
{
    public static List<HolidayRangeDto> Of(IEnumerable<CalendarDay> days)
    {
        var ranges = new List<HolidayRangeDto>();
        foreach (var day in days.OrderBy(d => d.Date))
        {
            var last = ranges.Count > 0 ? ranges[^1] : null;
            if (last is not null && last.Kind == day.Kind && string.Equals(last.Name, day.Name, StringComparison.Ordinal)
                && last.To.AddDays(1) == day.Date)
            {
                ranges[^1] = last with { To = day.Date };
            }
            else
            {
                ranges.Add(new HolidayRangeDto(day.Name, day.Kind, day.Date, day.Date));
            }
        }

        return ranges;
    }

    public static HolidayCalendarDto Dto(int year, IReadOnlyCollection<CalendarDay> days) =>
        new(year, days.Count == 0, PublicationTexts.MissingCalendar(days.Count == 0 ? [year] : []), Of(days));
}
