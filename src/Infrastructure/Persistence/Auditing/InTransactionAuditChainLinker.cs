using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>SQLite chains entries inside the writing transaction; there is never anything to link.</summary>
internal sealed class InTransactionAuditChainLinker : IAuditChainLinker
{
    public Task<long> LinkCommittedAsync(CancellationToken cancellationToken) => Task.FromResult(0L);
}
