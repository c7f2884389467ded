using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Publication;

/// <summary>
/// One day of the holiday calendar (reference data, replaced per year by an administrator): a holiday or an adjusted
/// working weekend day (调休), with the festival it belongs to. Working days are Monday–Friday, minus holidays, plus
/// workdays (<c>WorkingDays</c>).
/// </summary>
public sealed class CalendarDay : Entity
{
    public const int NameMaxLength = 50;

    private CalendarDay()
    {
    }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The festival, e.g. 春节.</summary>
    public string Name { get; private set; } = string.Empty;

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string name) =>
        new() { Year = date.Year, Date = date, Kind = kind, Name = name };
}
