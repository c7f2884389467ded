using Mediator;

namespace DoubleRandom.Application.Publication.Calendar.Commands.ReplaceHolidayCalendar;

/// <summary>Replaces every entry of one year's holiday calendar (an empty list removes it: the year counts weekends only).</summary>
public sealed record ReplaceHolidayCalendarCommand(int Year, IReadOnlyList<HolidayRangeInput>? Entries) : ICommand<HolidayCalendarDto>;
