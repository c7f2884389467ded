using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups");
        builder.ConfigureEntity();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionRecord>().WithMany().HasForeignKey(f => f.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BranchUnit>().WithMany().HasForeignKey(f => f.SupervisingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResultCategory>().WithMany().HasForeignKey(f => f.ResultCategoryCode).HasPrincipalKey(c => c.Code)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.TargetCode).HasMaxLength(64).IsRequired();
        builder.Property(f => f.TargetName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ItemName).HasMaxLength(InspectionItem.NameMaxLength).IsRequired();
        builder.Property(f => f.ResultCategoryCode).HasMaxLength(ResultCategory.CodeMaxLength).IsRequired();
        builder.Property(f => f.Findings).HasMaxLength(ItemResult.FindingsMaxLength);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.HandedOverBy).HasMaxLength(100).IsRequired();

        // One open follow-up per finding (record and item): a second hand-over, also a concurrent one, is refused.
        builder.HasIndex(f => new { f.RecordId, f.ItemId }).IsUnique().HasFilter("status <> 'Closed'");
        builder.HasIndex(f => new { f.SupervisingUnitId, f.Status, f.Deadline });
        builder.HasIndex(f => f.TaskId);

        builder.OwnsMany(f => f.History, e =>
        {
            e.ToTable("follow_up_events");
            e.WithOwner().HasForeignKey("FollowUpId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(FollowUp.NoteMaxLength);
            e.Property(x => x.By).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(f => f.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
