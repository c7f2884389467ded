using System.Threading.Channels;
using DoubleRandom.Application.Risk;

namespace DoubleRandom.Infrastructure.Risk;

/// <summary>The queued risk jobs, in memory: a restart fails what was left (<see cref="RiskJobWorker.FailInterruptedAsync"/>).</summary>
public sealed class RiskJobQueue : IRiskJobQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid jobId) => _channel.Writer.TryWrite(jobId);
}
