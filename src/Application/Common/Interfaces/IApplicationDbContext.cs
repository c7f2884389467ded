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

    /// <summary>Failed credential checks per user name and client address (sign-in delays).</summary>
    DbSet<SignInThrottle> SignInThrottles { get; }

    /// <summary>The audit trail, read-only and untracked: entries are appended by the unit of work and <see cref="IAuditLog"/>.</summary>
    IQueryable<AuditEntry> AuditEntries { get; }

    /// <summary>Where verification restarts after archiving (recorded by an administrator).</summary>
    IQueryable<AuditCheckpoint> AuditCheckpoints { get; }

    DbSet<Target> Targets { get; }

    DbSet<Officer> Officers { get; }

    DbSet<Recusal> Recusals { get; }

    DbSet<InspectionHistoryEntry> InspectionHistory { get; }

    /// <summary>Past inspection results from other systems or the demo simulation (one row per target, day and item).</summary>
    DbSet<InspectionOutcome> InspectionOutcomes { get; }

    DbSet<ImportJob> ImportJobs { get; }

    /// <summary>The one setting of how risk scores become tiers (no row: the default).</summary>
    DbSet<RiskTierCutoffs> RiskTierCutoffs { get; }

    /// <summary>Each scoring of the roster by a risk model, with its counts per tier move.</summary>
    DbSet<RiskRescore> RiskRescores { get; }

    /// <summary>The top feature contributions of each target's last score (written in bulk by a re-score).</summary>
    DbSet<TargetRiskExplanation> TargetRiskExplanations { get; }

    DbSet<InspectionItem> InspectionItems { get; }

    DbSet<InspectionTask> InspectionTasks { get; }

    DbSet<Draw> Draws { get; }

    DbSet<DrawSnapshot> DrawSnapshots { get; }

    DbSet<DrawGroupMember> DrawGroupMembers { get; }

    DbSet<DrawSelection> DrawSelections { get; }

    DbSet<DrawnTargetByYear> DrawnTargetsByYear { get; }

    DbSet<DrawAmendment> DrawAmendments { get; }

    DbSet<DrawAttachment> DrawAttachments { get; }

    DbSet<ResultCategory> ResultCategories { get; }

    DbSet<InspectionRecord> InspectionRecords { get; }

    DbSet<SummarySignature> SummarySignatures { get; }

    DbSet<RecordCorrection> RecordCorrections { get; }

    DbSet<InspectionRecordVersion> InspectionRecordVersions { get; }

    DbSet<InspectionEvidence> InspectionEvidence { get; }

    DbSet<ResumableUpload> ResumableUploads { get; }

    /// <summary>Findings handed to a supervising unit (§7.1), with their history.</summary>
    DbSet<FollowUp> FollowUps { get; }
    /// <summary>The holiday calendar: holidays and adjusted working days (调休), per date.</summary>
    DbSet<CalendarDay> CalendarDays { get; }

    /// <summary>Which tasks were published (一公开), when and by whom.</summary>
    DbSet<TaskPublication> TaskPublications { get; }

    /// <summary>The published results, one row per task × target × item: what the public sees.</summary>
    DbSet<PublishedResult> PublishedResults { get; }
    /// <summary>The electronic archive of each archived task (ADR 0026).</summary>
    DbSet<TaskArchive> TaskArchives { get; }

    /// <summary>The risk model registry: one row per trained version (ADR 0029).</summary>
    DbSet<RiskModel> RiskModels { get; }

    /// <summary>The model files of the registry's versions, written once.</summary>
    DbSet<RiskModelContent> RiskModelContents { get; }

    /// <summary>Trainings and scorings of the risk model, one unfinished at a time.</summary>
    DbSet<RiskJob> RiskJobs { get; }

    /// <summary>Generations of the evaluation report and their stored figures (#17, ADR 0035).</summary>
    DbSet<EvaluationReportJob> EvaluationReportJobs { get; }

    /// <summary>The PDF and HTML of each generated report, written once.</summary>
    DbSet<EvaluationReportFile> EvaluationReportFiles { get; }

    /// <summary>Transactions and raw SQL, for the few use cases that need one unit of work across several statements.</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    /// <summary>To drop pending changes after a refused save, before recording what happened instead.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
