using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.DrawBench;

/// <summary>The operator the bench acts as; a real supervisor confirmation is granted to it.</summary>
internal sealed class BenchActor : ICurrentActor
{
    public static readonly Guid OperatorId = Guid.Parse("0195f000-0000-7000-8000-00000000b0b0");

    public string Name => "bench-operator";

    public Guid? UserId => OperatorId;

    // Bureau-wide, so the history query sees every group as an administrator's would.
    public IReadOnlyCollection<string> Roles => [Domain.Identity.Roles.Operator, Domain.Identity.Roles.Administrator];

    public Guid? UnitId => null;

    public string? RequestId => null;

    public string? ClientAddress => null;
}
