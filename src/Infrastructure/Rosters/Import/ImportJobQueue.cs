using System.Threading.Channels;
using DoubleRandom.Application.Rosters.Imports;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>The queued jobs, in memory: a restart fails what was left (<see cref="ImportJobWorker.FailInterruptedAsync"/>).</summary>
public sealed class ImportJobQueue : IImportJobQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid jobId) => _channel.Writer.TryWrite(jobId);
}
