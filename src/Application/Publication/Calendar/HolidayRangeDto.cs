using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication.Calendar;

/// <summary>One entry of a year's holiday calendar: consecutive days of one festival and kind (inclusive).</summary>
public sealed record HolidayRangeDto(string Name, CalendarDayKind Kind, DateOnly From, DateOnly To);
