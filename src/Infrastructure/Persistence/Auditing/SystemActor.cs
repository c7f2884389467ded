using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>The actor of work done outside a request: migrations, seeding, command-line tools, benchmarks.</summary>
public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public string Name => "system";

    public Guid? UserId => null;

    public IReadOnlyCollection<string> Roles => [];

    public Guid? UnitId => null;

    public string? RequestId => null;

    public string? ClientAddress => null;
}
