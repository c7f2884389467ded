using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Evaluation;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has its own subclass so that each keeps its own
/// migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// Every save is audited: the changes and their audit entries commit in one transaction (docs/audit.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AuditChainWriter audit) : DbContext(options), IApplicationDbContext
{
    public DbSet<BranchUnit> BranchUnits => Set<BranchUnit>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<ActionConfirmation> ActionConfirmations => Set<ActionConfirmation>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public IQueryable<AuditEntry> AuditEntries => Set<AuditEntry>().AsNoTracking();

    /// <summary>
    /// Set when the open transaction staged audit entries for linking after commit (PostgreSQL); the
    /// <see cref="Auditing.AuditLinkAfterCommitInterceptor"/> links them once it commits.
    /// </summary>
    internal bool AuditStaged { get; set; }

    /// <summary>Who is saving, for the <see cref="StampingInterceptor"/>.</summary>
    internal ICurrentActor Actor => audit.Actor;

    internal TimeProvider Clock => audit.Clock;

    public IQueryable<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>().AsNoTracking();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<Recusal> Recusals => Set<Recusal>();

    public DbSet<InspectionHistoryEntry> InspectionHistory => Set<InspectionHistoryEntry>();

    public DbSet<InspectionOutcome> InspectionOutcomes => Set<InspectionOutcome>();

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

    public DbSet<ResultCategory> ResultCategories => Set<ResultCategory>();

    public DbSet<InspectionRecord> InspectionRecords => Set<InspectionRecord>();

    public DbSet<SummarySignature> SummarySignatures => Set<SummarySignature>();

    public DbSet<RecordCorrection> RecordCorrections => Set<RecordCorrection>();

    public DbSet<InspectionRecordVersion> InspectionRecordVersions => Set<InspectionRecordVersion>();

    public DbSet<InspectionEvidence> InspectionEvidence => Set<InspectionEvidence>();

    public DbSet<ResumableUpload> ResumableUploads => Set<ResumableUpload>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<TaskPublication> TaskPublications => Set<TaskPublication>();

    public DbSet<PublishedResult> PublishedResults => Set<PublishedResult>();
    public DbSet<TaskArchive> TaskArchives => Set<TaskArchive>();

    public DbSet<RiskModel> RiskModels => Set<RiskModel>();

    public DbSet<RiskModelContent> RiskModelContents => Set<RiskModelContent>();

    public DbSet<RiskJob> RiskJobs => Set<RiskJob>();

    public DbSet<EvaluationReportJob> EvaluationReportJobs => Set<EvaluationReportJob>();

    public DbSet<EvaluationReportFile> EvaluationReportFiles => Set<EvaluationReportFile>();

    public DbSet<RiskTierCutoffs> RiskTierCutoffs => Set<RiskTierCutoffs>();

    public DbSet<RiskRescore> RiskRescores => Set<RiskRescore>();

    public DbSet<TargetRiskExplanation> TargetRiskExplanations => Set<TargetRiskExplanation>();

    /// <summary>
    /// Saves the changes and appends one audit entry per changed entity in the same transaction (its own,
    /// or the caller's), so a change is never stored without its entry nor an entry without its change.
    /// Translates what the database refuses into the application's conflicts: a unique key taken by a
    /// concurrent writer, or a row changed since it was read. Everything else propagates.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!ChangeTracker.HasChanges())
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // An archived task is read-only: one check for every feature, before anything is written (ADR 0026).
            var (taskIds, drawIds) = ArchivedTaskGuard.Owners(ChangedPrincipals());
            await ArchivedTaskGuard.EnsureChangesAllowedAsync(this, taskIds, drawIds, cancellationToken);

            await using var owned = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            // Changes stay pending until the entries are written: their original values are the "before".
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await audit.AppendAsync(this, AuditCapture.Changes(ChangeTracker), cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
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

    /// <summary>
    /// The entities of the pending changes, an owned entity (item results, witnesses, follow-up events, correction
    /// items…) replaced by its principal: its owner entry stays Unchanged when only the owned row changes.
    /// </summary>
    private List<object> ChangedPrincipals()
    {
        var entries = ChangeTracker.Entries().ToList();
        var changed = entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (!changed.Any(e => e.Metadata.IsOwned()))
        {
            return [.. changed.Select(e => e.Entity)];
        }

        var byKey = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in entries)
        {
            if (entry.Metadata.FindPrimaryKey() is { } key)
            {
                byKey.TryAdd((entry.Metadata, KeyText(entry, key.Properties)), entry);
            }
        }

        var principals = new List<object>();
        foreach (var entry in changed)
        {
            var current = entry;
            while (current is not null && current.Metadata.FindOwnership() is { } ownership)
            {
                current = byKey.GetValueOrDefault((ownership.PrincipalEntityType, KeyText(current, ownership.Properties)));
            }

            if (current is not null)
            {
                principals.Add(current.Entity);
            }
        }

        return principals;
    }

    private static string KeyText(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    /// <summary>Synchronous saves take the same audited path; there is no synchronization context to deadlock on.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

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
