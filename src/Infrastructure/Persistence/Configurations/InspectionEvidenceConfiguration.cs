using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionEvidenceConfiguration : IEntityTypeConfiguration<InspectionEvidence>
{
    public void Configure(EntityTypeBuilder<InspectionEvidence> builder)
    {
        builder.ToTable("inspection_evidence");
        builder.ConfigureEntity();
        builder.HasIndex(e => new { e.TaskId, e.TargetCode });
        builder.HasIndex(e => e.Sha256);
        builder.Property(e => e.TargetCode).HasMaxLength(InspectionEvidence.TargetCodeMaxLength).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FileName).HasMaxLength(InspectionEvidence.FileNameMaxLength).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
