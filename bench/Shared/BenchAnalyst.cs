using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Bench;

/// <summary>The analyst the bench acts as.</summary>
internal sealed class BenchAnalyst : ICurrentActor
{
    public string Name => "bench-analyst";

    public Guid? UserId => Guid.Parse("0195f000-0000-7000-8000-00000000a0a0");

    public IReadOnlyCollection<string> Roles => [Domain.Identity.Roles.Analyst];

    public Guid? UnitId => null;

    public string? RequestId => null;

    public string? ClientAddress => null;
}
