using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

/// <summary>What prepare would freeze, and every reason it cannot succeed, without freezing anything.</summary>
public sealed record CheckFeasibilityQuery(Guid TaskId) : IQuery<FeasibilityDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
