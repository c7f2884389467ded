using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Infrastructure.Persistence;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>Opens the provider's writer on the unit of work's connection.</summary>
public sealed class RiskScoreStore(AppDbContext db, ICurrentActor actor, TimeProvider clock) : IRiskScoreStore
{
    public IRiskScoreWriter OpenWriter() => db is PostgresAppDbContext
        ? new PostgresRiskScoreWriter(db, actor.Name, clock)
        : new SqliteRiskScoreWriter(db, actor.Name, clock);
}
