using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, out of order).</summary>
public sealed class SynchronousProgress(Action<RiskJobProgress> report) : IProgress<RiskJobProgress>
{
    public void Report(RiskJobProgress value) => report(value);
}
