using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetHolidayCalendar;

public sealed class GetHolidayCalendarHandler(IApplicationDbContext db) : IQueryHandler<GetHolidayCalendarQuery, HolidayCalendarDto>
{
    public async ValueTask<HolidayCalendarDto> Handle(GetHolidayCalendarQuery query, CancellationToken cancellationToken) =>
        HolidayRanges.Dto(query.Year, await db.CalendarDays.AsNoTracking().Where(d => d.Year == query.Year).ToListAsync(cancellationToken));
}
