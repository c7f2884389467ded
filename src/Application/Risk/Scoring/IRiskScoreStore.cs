namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>The bulk side of a re-score: PostgreSQL by binary COPY and one UPDATE … FROM, SQLite by batched parameterised statements.</summary>
public interface IRiskScoreStore
{
    /// <summary>A writer that collects one re-score's predictions (outside any transaction) until <see cref="IRiskScoreWriter.ApplyAsync"/>.</summary>
    IRiskScoreWriter OpenWriter();
}
