using Mediator;

namespace DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;

/// <summary>The <paramref name="Count"/>-th working day after <paramref name="From"/>.</summary>
public sealed record GetWorkingDayQuery(DateOnly? From, int Count) : IQuery<WorkingDayDto>;
