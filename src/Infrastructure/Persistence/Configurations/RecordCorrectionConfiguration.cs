using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RecordCorrectionConfiguration : IEntityTypeConfiguration<RecordCorrection>
{
    public void Configure(EntityTypeBuilder<RecordCorrection> builder)
    {
        builder.ToTable("record_corrections");
        builder.ConfigureEntity();
        builder.HasOne<InspectionRecord>().WithMany().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BranchUnit>().WithMany().HasForeignKey(c => c.SupervisingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.TargetCode).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(RecordCorrection.ReasonMaxLength).IsRequired();
        builder.Property(c => c.RequestedBy).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DecisionNote).HasMaxLength(RecordCorrection.NoteMaxLength);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);

        // At most one pending correction per record: the handler answers 409 correction-pending first; this catches a race.
        builder.HasIndex(c => c.RecordId).IsUnique().HasFilter("status = 'Pending'");
        builder.HasIndex(c => new { c.Status, c.RequestedAtUtc });
        builder.HasIndex(c => c.TaskId);

        builder.OwnsMany(c => c.Items, i => ItemResultColumns.Configure(i, "record_correction_items", "CorrectionId"));
        builder.Navigation(c => c.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
