using DoubleRandom.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationReportJobConfiguration : IEntityTypeConfiguration<EvaluationReportJob>
{
    public void Configure(EntityTypeBuilder<EvaluationReportJob> builder)
    {
        builder.ToTable("evaluation_report_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        // Start, cancel, interruption and the final state each change the status from the one they read (the loser of a race conflicts).
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(j => j.Stage).HasMaxLength(EvaluationReportJob.StageMaxLength).IsRequired();
        builder.Property(j => j.PeriodLabel).HasMaxLength(EvaluationReportJob.LabelMaxLength).IsRequired();
        builder.Property(j => j.Scope).HasMaxLength(EvaluationReportJob.ScopeMaxLength).IsRequired();
        builder.Property(j => j.RequestedBy).HasMaxLength(EvaluationReportJob.NameMaxLength).IsRequired();
        builder.Property(j => j.CancelledBy).HasMaxLength(EvaluationReportJob.NameMaxLength);
        builder.Property(j => j.Fingerprint).HasMaxLength(EvaluationReportJob.HashLength);
        builder.Property(j => j.DataDigest).HasMaxLength(EvaluationReportJob.HashLength);
        builder.Property(j => j.ErrorCode).HasMaxLength(EvaluationReportJob.ErrorCodeMaxLength);
        builder.Property(j => j.ErrorMessage).HasMaxLength(EvaluationReportJob.ErrorMessageMaxLength);
        builder.HasIndex(j => j.RequestedAtUtc);
        builder.HasIndex(j => new { j.Fingerprint, j.Status });
        builder.HasOne<EvaluationReportJob>().WithMany().HasForeignKey(j => j.ReusedFromId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(j => j.IsFinished);
        builder.Ignore(j => j.FilesJobId);
    }
}
