namespace DoubleRandom.Domain.Publication;

/// <summary>What a calendar entry makes of a day.</summary>
public enum CalendarDayKind
{
    /// <summary>法定节假日 / 放假 — a day off, also on a Monday–Friday.</summary>
    Holiday,

    /// <summary>调休上班 — a Saturday or Sunday worked instead.</summary>
    Workday,
}
