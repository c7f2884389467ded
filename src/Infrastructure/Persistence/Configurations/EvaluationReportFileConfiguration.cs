using DoubleRandom.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationReportFileConfiguration : IEntityTypeConfiguration<EvaluationReportFile>
{
    public void Configure(EntityTypeBuilder<EvaluationReportFile> builder)
    {
        builder.ToTable("evaluation_report_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Format).HasMaxLength(EvaluationReportFile.FormatMaxLength).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(EvaluationReportJob.HashLength).IsRequired();
        builder.HasIndex(f => new { f.JobId, f.Format }).IsUnique();
        builder.HasOne<EvaluationReportJob>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Restrict);
    }
}
