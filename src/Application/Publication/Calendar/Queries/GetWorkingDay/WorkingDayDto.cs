namespace DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;

/// <summary>
/// The <paramref name="Count"/>-th working day after <paramref name="From"/> is <paramref name="Date"/>.
/// <paramref name="MissingCalendarYears"/>: years on the way without a holiday calendar (counted Monday–Friday only), with a
/// <paramref name="Warning"/> saying so.
/// </summary>
public sealed record WorkingDayDto(DateOnly From, int Count, DateOnly Date, IReadOnlyList<int> MissingCalendarYears, string? Warning);
