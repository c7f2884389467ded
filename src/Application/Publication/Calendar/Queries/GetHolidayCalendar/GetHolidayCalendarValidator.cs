using FluentValidation;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetHolidayCalendar;

public sealed class GetHolidayCalendarValidator : AbstractValidator<GetHolidayCalendarQuery>
{
    public GetHolidayCalendarValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(CalendarLimits.MinYear, CalendarLimits.MaxYear);
}
