namespace DoubleRandom.Application.Publication.Calendar;

/// <summary>
/// A year's holiday calendar as ranges. <paramref name="Missing"/>: the year has no entries, so working days are
/// Monday–Friday only (<paramref name="Warning"/> says so).
/// </summary>
public sealed record HolidayCalendarDto(int Year, bool Missing, string? Warning, IReadOnlyList<HolidayRangeDto> Entries);
