namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>Hands a queued job to the background worker.</summary>
public interface IImportJobQueue
{
    void Enqueue(Guid jobId);
}
