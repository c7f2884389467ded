using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RiskJobConfiguration : IEntityTypeConfiguration<RiskJob>
{
    public void Configure(EntityTypeBuilder<RiskJob> builder)
    {
        builder.ToTable("risk_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(16);
        // Start, cancel, interruption and the final state each change the status from the one they read: two of them
        // racing on one row cannot both win (the loser's save is a concurrency conflict).
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(j => j.Stage).HasMaxLength(RiskJob.StageMaxLength).IsRequired();
        builder.Property(j => j.Lane).HasMaxLength(16).IsRequired();
        builder.Property(j => j.Parameters).HasMaxLength(RiskJob.ParametersMaxLength).IsRequired();
        builder.Property(j => j.RequestedBy).HasMaxLength(RiskJob.NameMaxLength).IsRequired();
        builder.Property(j => j.CancelledBy).HasMaxLength(RiskJob.NameMaxLength);
        builder.Property(j => j.ErrorCode).HasMaxLength(RiskJob.ErrorCodeMaxLength);
        builder.Property(j => j.ErrorMessage).HasMaxLength(RiskJob.ErrorMessageMaxLength);
        builder.HasIndex(j => j.RequestedAtUtc);
        // One unfinished risk job for the bureau, kept by the database (a second concurrent start is a unique violation).
        builder.HasIndex(j => j.Lane).IsUnique().HasFilter("status IN ('Queued', 'Running')").HasDatabaseName("ux_risk_jobs_one_unfinished");
        builder.Ignore(j => j.IsFinished);
    }
}
