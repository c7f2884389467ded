using FluentValidation;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;

public sealed class GetWorkingDayValidator : AbstractValidator<GetWorkingDayQuery>
{
    public GetWorkingDayValidator()
    {
        RuleFor(q => q.From).NotNull()
            .Must(d => d is null || (d.Value.Year >= CalendarLimits.MinYear && d.Value.Year <= CalendarLimits.MaxYear - 5))
            .WithMessage(_ => Common.Localization.Text.Of(
                $"日期须在 {CalendarLimits.MinYear} 至 {CalendarLimits.MaxYear - 5} 年之间",
                $"The date must lie in {CalendarLimits.MinYear}–{CalendarLimits.MaxYear - 5}."));
        RuleFor(q => q.Count).InclusiveBetween(0, WorkingDays.MaxCount);
    }
}
