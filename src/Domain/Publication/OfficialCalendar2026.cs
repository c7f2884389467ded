using System.Globalization;

namespace DoubleRandom.Domain.Publication;

/// <summary>
/// The official 2026 arrangement of public holidays and adjusted working days in mainland China — source: 国务院办公厅
/// 关于2026年部分节假日安排的通知 (General Office of the State Council, notice on the 2026 public holidays), as published on
/// www.gov.cn. Seeded by the migration (fixed ids, so the model is stable); an administrator can replace a year through
/// <c>PUT /api/v1/holiday-calendar/{year}</c>. Ranges are inclusive.
/// </summary>
public static class OfficialCalendar2026
{
    /// <summary>The arrangement as published: festival, kind, first and last day.</summary>
    public static IReadOnlyList<(string Name, CalendarDayKind Kind, DateOnly From, DateOnly To)> Ranges { get; } =
    [
        ("元旦", CalendarDayKind.Holiday, new(2026, 1, 1), new(2026, 1, 3)),
        ("元旦", CalendarDayKind.Workday, new(2026, 1, 4), new(2026, 1, 4)),
        ("春节", CalendarDayKind.Workday, new(2026, 2, 14), new(2026, 2, 14)),
        ("春节", CalendarDayKind.Holiday, new(2026, 2, 15), new(2026, 2, 23)),
        ("春节", CalendarDayKind.Workday, new(2026, 2, 28), new(2026, 2, 28)),
        ("清明节", CalendarDayKind.Holiday, new(2026, 4, 4), new(2026, 4, 6)),
        ("劳动节", CalendarDayKind.Holiday, new(2026, 5, 1), new(2026, 5, 5)),
        ("劳动节", CalendarDayKind.Workday, new(2026, 5, 9), new(2026, 5, 9)),
        ("端午节", CalendarDayKind.Holiday, new(2026, 6, 19), new(2026, 6, 21)),
        ("国庆节", CalendarDayKind.Workday, new(2026, 9, 20), new(2026, 9, 20)),
        ("中秋节", CalendarDayKind.Holiday, new(2026, 9, 25), new(2026, 9, 27)),
        ("国庆节", CalendarDayKind.Holiday, new(2026, 10, 1), new(2026, 10, 7)),
        ("国庆节", CalendarDayKind.Workday, new(2026, 10, 10), new(2026, 10, 10)),
    ];

    /// <summary>Every day of <see cref="Ranges"/>, with an id derived from its date (<c>0193b000-0000-7000-8000-0000yyyyMMdd</c>).</summary>
    public static IReadOnlyList<SeededCalendarDay> Days { get; } =
    [
        .. Ranges.SelectMany(r => Enumerable.Range(0, r.To.DayNumber - r.From.DayNumber + 1)
            .Select(i => r.From.AddDays(i))
            .Select(d => new SeededCalendarDay(IdOf(d), d, r.Kind, r.Name))),
    ];

    private static Guid IdOf(DateOnly date) =>
        new("0193b000-0000-7000-8000-0000" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
}
