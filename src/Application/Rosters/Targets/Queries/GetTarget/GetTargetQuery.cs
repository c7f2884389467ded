using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Queries.GetTarget;

public sealed record GetTargetQuery(Guid Id) : IQuery<TargetDto>;
