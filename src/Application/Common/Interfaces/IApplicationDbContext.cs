using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Organization;
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

    /// <summary>The audit trail, read-only and untracked: entries are appended by the unit of work and <see cref="IAuditLog"/>.</summary>
    IQueryable<AuditEntry> AuditEntries { get; }

    /// <summary>Where verification restarts after archiving (recorded by an administrator).</summary>
    IQueryable<AuditCheckpoint> AuditCheckpoints { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
