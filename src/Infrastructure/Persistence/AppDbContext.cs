using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has its own subclass so that each keeps its own
/// migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    public DbSet<BranchUnit> BranchUnits => Set<BranchUnit>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<ActionConfirmation> ActionConfirmations => Set<ActionConfirmation>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<Recusal> Recusals => Set<Recusal>();

    public DbSet<InspectionHistoryEntry> InspectionHistory => Set<InspectionHistoryEntry>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<InspectionItem> InspectionItems => Set<InspectionItem>();

    public DbSet<InspectionTask> InspectionTasks => Set<InspectionTask>();

    public DbSet<Draw> Draws => Set<Draw>();

    public DbSet<DrawSnapshot> DrawSnapshots => Set<DrawSnapshot>();

    public DbSet<DrawGroupMember> DrawGroupMembers => Set<DrawGroupMember>();

    public DbSet<DrawSelection> DrawSelections => Set<DrawSelection>();

    public DbSet<DrawnTargetByYear> DrawnTargetsByYear => Set<DrawnTargetByYear>();

    public DbSet<DrawAmendment> DrawAmendments => Set<DrawAmendment>();

    public DbSet<DrawAttachment> DrawAttachments => Set<DrawAttachment>();

    /// <summary>
    /// Translates what the database refuses into the application's conflicts: a unique key taken by a
    /// concurrent writer, or a row changed since it was read. Everything else propagates.
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(
                "stale-version",
                Text.Of("记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload and retry."),
                "version");
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException(
                "duplicate-key",
                Text.Of("记录与已有记录重复", "The record duplicates an existing one."));
        }
    }

    protected abstract bool IsUniqueViolation(DbUpdateException exception);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands back DateTime without a kind; every stored time is UTC, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        };
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
