namespace DoubleRandom.Application.Evaluation;

/// <summary>Hands a queued report generation to the background worker (one at a time).</summary>
public interface IEvaluationReportQueue
{
    void Enqueue(Guid jobId);
}
