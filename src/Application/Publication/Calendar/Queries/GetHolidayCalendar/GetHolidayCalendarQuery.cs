using Mediator;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetHolidayCalendar;

public sealed record GetHolidayCalendarQuery(int Year) : IQuery<HolidayCalendarDto>;
