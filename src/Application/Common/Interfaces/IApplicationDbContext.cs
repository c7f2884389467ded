using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>The unit of work the use cases see; Infrastructure implements it for SQLite and PostgreSQL.</summary>
public interface IApplicationDbContext
{
    DbSet<BranchUnit> BranchUnits { get; }

    DbSet<Department> Departments { get; }

    DbSet<User> Users { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    DbSet<ActionConfirmation> ActionConfirmations { get; }

    DbSet<Target> Targets { get; }

    DbSet<Officer> Officers { get; }

    DbSet<Recusal> Recusals { get; }

    DbSet<InspectionHistoryEntry> InspectionHistory { get; }

    DbSet<ImportJob> ImportJobs { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
