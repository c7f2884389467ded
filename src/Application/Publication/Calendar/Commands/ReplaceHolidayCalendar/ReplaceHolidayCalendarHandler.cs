using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Publication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication.Calendar.Commands.ReplaceHolidayCalendar;

/// <summary>
/// Replaces the year's days in one save: days no longer listed are deleted, new ones added, a changed day (kind or name)
/// replaced — every row change audited with its before and after. Deadlines of tasks not yet published follow the new
/// calendar; a published task keeps the deadline it was published against.
/// </summary>
public sealed class ReplaceHolidayCalendarHandler(IApplicationDbContext db) : ICommandHandler<ReplaceHolidayCalendarCommand, HolidayCalendarDto>
{
    public async ValueTask<HolidayCalendarDto> Handle(ReplaceHolidayCalendarCommand command, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<DateOnly, (CalendarDayKind Kind, string Name)>();
        foreach (var entry in command.Entries!)
        {
            for (var d = entry.From!.Value; d <= entry.To!.Value; d = d.AddDays(1))
            {
                wanted[d] = (entry.Kind!.Value, entry.Name!.Trim());
            }
        }

        var existing = await db.CalendarDays.Where(d => d.Year == command.Year).ToListAsync(cancellationToken);
        foreach (var day in existing)
        {
            if (!wanted.TryGetValue(day.Date, out var w) || w.Kind != day.Kind || !string.Equals(w.Name, day.Name, StringComparison.Ordinal))
            {
                db.CalendarDays.Remove(day);
            }
            else
            {
                wanted.Remove(day.Date);
            }
        }

        // Deletes first: a changed day is a delete and an insert of the same (unique) date.
        if (db.ChangeTracker.HasChanges())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Add(wanted);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else if (wanted.Count > 0)
        {
            Add(wanted);
            await db.SaveChangesAsync(cancellationToken);
        }

        return HolidayRanges.Dto(command.Year, await db.CalendarDays.AsNoTracking().Where(d => d.Year == command.Year).ToListAsync(cancellationToken));
    }

    private void Add(Dictionary<DateOnly, (CalendarDayKind Kind, string Name)> days)
    {
        foreach (var (date, (kind, name)) in days.OrderBy(d => d.Key))
        {
            db.CalendarDays.Add(CalendarDay.Create(date, kind, name));
        }
    }
}
