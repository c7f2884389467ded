namespace DoubleRandom.Domain.Publication;

/// <summary>One day of an official calendar every database starts with (<see cref="OfficialCalendar2026"/>).</summary>
public sealed record SeededCalendarDay(Guid Id, DateOnly Date, CalendarDayKind Kind, string Name);
