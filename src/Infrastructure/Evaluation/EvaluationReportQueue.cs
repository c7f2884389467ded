using System.Threading.Channels;
using DoubleRandom.Application.Evaluation;

namespace DoubleRandom.Infrastructure.Evaluation;

/// <summary>The queued report generations, in memory: a restart fails what was left (<see cref="EvaluationReportWorker.FailInterruptedAsync"/>).</summary>
public sealed class EvaluationReportQueue : IEvaluationReportQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid jobId) => _channel.Writer.TryWrite(jobId);
}
