namespace DoubleRandom.Application.Risk;

/// <summary>Hands a queued risk job to the background worker (one at a time).</summary>
public interface IRiskJobQueue
{
    void Enqueue(Guid jobId);
}
