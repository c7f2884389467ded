using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionRecordVersionConfiguration : IEntityTypeConfiguration<InspectionRecordVersion>
{
    public void Configure(EntityTypeBuilder<InspectionRecordVersion> builder)
    {
        builder.ToTable("inspection_record_versions");
        builder.ConfigureEntity();
        builder.HasOne<InspectionRecord>().WithMany().HasForeignKey(v => v.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(v => v.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecordCorrection>().WithMany().HasForeignKey(v => v.CorrectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.RecordId, v.Number }).IsUnique();
        builder.Property(v => v.MadeBy).HasMaxLength(100).IsRequired();

        builder.OwnsMany(v => v.Items, i => ItemResultColumns.Configure(i, "inspection_record_version_items", "VersionId"));
        builder.Navigation(v => v.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
