using Mediator;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.GetBranchUnit;

public sealed record GetBranchUnitQuery(Guid Id) : IQuery<BranchUnitDto>;
