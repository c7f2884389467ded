using DoubleRandom.Infrastructure.Persistence.Auditing;

namespace DoubleRandom.Infrastructure.Persistence;

internal static class DesignTime
{
    public static readonly AuditChainWriter Audit = new(SystemActor.Instance, TimeProvider.System);
}
