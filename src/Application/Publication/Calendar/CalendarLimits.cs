namespace DoubleRandom.Application.Publication.Calendar;

/// <summary>Bounds of the holiday calendar's input.</summary>
public static class CalendarLimits
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The most entries (ranges) a year may have.</summary>
    public const int MaxEntries = 100;
}
