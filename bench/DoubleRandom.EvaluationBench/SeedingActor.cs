using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.EvaluationBench;

/// <summary>Who the seeding and the report act as: an analyst of the whole bureau.</summary>
internal sealed class SeedingActor : ICurrentActor
{
    public string Name => "bench-seeding";

    public Guid? UserId => null;

    public IReadOnlyCollection<string> Roles => [Domain.Identity.Roles.Analyst];

    public Guid? UnitId => null;

    public string? RequestId => null;

    public string? ClientAddress => null;
}
