using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// What readers call: the next pass of the running <see cref="AuditLinkPump"/> (which starts after this call,
/// so it sees every commit made before it), or, in a process without the pump (a command-line tool), a direct link.
/// </summary>
internal sealed class PostgresAuditChainLinker(AuditLinkPump pump, PostgresAuditLinkConnections connections) : IAuditChainLinker
{
    public async Task<long> LinkCommittedAsync(CancellationToken cancellationToken) =>
        pump.IsRunning ? await pump.NextPassAsync().WaitAsync(cancellationToken) : await connections.LinkAsync(cancellationToken);
}
