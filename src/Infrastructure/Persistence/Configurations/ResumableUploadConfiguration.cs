using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class ResumableUploadConfiguration : IEntityTypeConfiguration<ResumableUpload>
{
    public void Configure(EntityTypeBuilder<ResumableUpload> builder)
    {
        builder.ToTable("resumable_uploads");
        builder.ConfigureEntity();
        builder.HasIndex(u => u.ExpiresAtUtc);
        builder.HasIndex(u => u.UploaderId);
        builder.Property(u => u.TargetCode).HasMaxLength(InspectionEvidence.TargetCodeMaxLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.FileName).HasMaxLength(InspectionEvidence.FileNameMaxLength).IsRequired();
        builder.Property(u => u.DeclaredSha256).HasMaxLength(64).IsRequired();
        builder.Ignore(u => u.IsComplete);
        builder.Ignore(u => u.Capture);
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionEvidence>().WithMany().HasForeignKey(u => u.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
