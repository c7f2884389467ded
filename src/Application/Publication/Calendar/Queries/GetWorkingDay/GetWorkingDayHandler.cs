using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;

public sealed class GetWorkingDayHandler(IApplicationDbContext db) : IQueryHandler<GetWorkingDayQuery, WorkingDayDto>
{
    public async ValueTask<WorkingDayDto> Handle(GetWorkingDayQuery query, CancellationToken cancellationToken)
    {
        var from = query.From!.Value;
        // A working day is at most a few calendar days away, even across the Spring Festival: four per one suffices.
        var calendar = await HolidayCalendar.LoadAsync(db, from.Year, from.AddDays((query.Count * 4) + 30).Year, cancellationToken);
        var date = WorkingDays.After(from, query.Count, calendar);
        var missing = WorkingDays.MissingYears(from, date, calendar);
        return new WorkingDayDto(from, query.Count, date, missing, PublicationTexts.MissingCalendar(missing));
    }
}
