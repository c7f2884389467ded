using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Publication;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// The holiday calendar as loaded for a span of years: the holidays and adjusted working days (调休) by date, and which
/// years have a calendar at all. A year without one counts weekends only, and whoever computes with it says so
/// (<see cref="WorkingDays.MissingYears"/>).
/// </summary>
public sealed class HolidayCalendar(IReadOnlyDictionary<DateOnly, CalendarDayKind> days, IReadOnlySet<int> years)
{
    /// <summary>No calendar for any year: Monday–Friday only.</summary>
    public static HolidayCalendar Empty { get; } = new(new Dictionary<DateOnly, CalendarDayKind>(), new HashSet<int>());

    /// <summary>The entries by date.</summary>
    public IReadOnlyDictionary<DateOnly, CalendarDayKind> Days { get; } = days;

    /// <summary>The years that have a calendar (at least one entry).</summary>
    public IReadOnlySet<int> Years { get; } = years;

    /// <summary>A calendar of the given days (every year they fall in has a calendar).</summary>
    public static HolidayCalendar Of(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> days)
    {
        var map = days.ToDictionary(d => d.Date, d => d.Kind);
        return new HolidayCalendar(map, map.Keys.Select(d => d.Year).ToHashSet());
    }

    /// <summary>The calendar of the years <paramref name="firstYear"/>..<paramref name="lastYear"/> from the database.</summary>
    public static async Task<HolidayCalendar> LoadAsync(IApplicationDbContext db, int firstYear, int lastYear, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.CalendarDays.AsNoTracking().Where(d => d.Year >= firstYear && d.Year <= lastYear)
            .Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        return Of(rows.Select(r => (r.Date, r.Kind)));
    }
}
