using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication.Calendar;

/// <summary>One entry of a calendar being set: a festival's name, holiday or workday (调休上班), first and last day (inclusive).</summary>
public sealed record HolidayRangeInput(string? Name, CalendarDayKind? Kind, DateOnly? From, DateOnly? To);
