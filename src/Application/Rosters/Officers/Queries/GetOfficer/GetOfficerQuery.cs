using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.GetOfficer;

public sealed record GetOfficerQuery(Guid Id) : IQuery<OfficerDto>, IScopedToOfficer
{
    Guid? IScopedToOfficer.ScopedOfficerId => Id;
}
