using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionRecordConfiguration : IEntityTypeConfiguration<InspectionRecord>
{
    public void Configure(EntityTypeBuilder<InspectionRecord> builder)
    {
        builder.ToTable("inspection_records");
        builder.ConfigureEntity();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Draw>().WithMany().HasForeignKey(r => r.DrawId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.TargetCode).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => new { r.TaskId, r.TargetCode }).IsUnique();
        builder.HasIndex(r => new { r.TaskId, r.GroupNumber });
        builder.HasIndex(r => r.TargetCode);
        builder.Property(r => r.TargetName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Place).HasMaxLength(InspectionRecord.PlaceMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(100).IsRequired();
        builder.Property(r => r.AcknowledgementKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SignatureSha256).HasMaxLength(64);
        builder.Property(r => r.SignatureContentType).HasMaxLength(64);
        builder.Property(r => r.RefusalReason).HasMaxLength(InspectionRecord.RefusalReasonMaxLength);
        builder.Property(r => r.AcknowledgedBy).HasMaxLength(100);
        builder.Property(r => r.ContentVersion).HasDefaultValue(1).HasSentinel(0);

        builder.OwnsMany(r => r.Items, i =>
        {
            i.ToTable("inspection_item_results");
            i.WithOwner().HasForeignKey("RecordId");
            i.Property<int>("Id");
            i.HasKey("Id");
            i.Property(x => x.ItemName).HasMaxLength(InspectionItem.NameMaxLength).IsRequired();
            i.Property(x => x.ResultCategoryCode).HasMaxLength(ResultCategory.CodeMaxLength).IsRequired();
            i.HasOne<ResultCategory>().WithMany().HasForeignKey(x => x.ResultCategoryCode).HasPrincipalKey(c => c.Code)
                .OnDelete(DeleteBehavior.Restrict);
            i.Property(x => x.Findings).HasMaxLength(ItemResult.FindingsMaxLength);
            i.Property(x => x.LegalBasis).HasMaxLength(ItemResult.LegalBasisMaxLength);
        });
        builder.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(r => r.Witnesses, w =>
        {
            w.ToTable("inspection_refusal_witnesses");
            w.WithOwner().HasForeignKey("RecordId");
            w.Property<int>("Id");
            w.HasKey("Id");
            w.Property(x => x.Name).HasMaxLength(Witness.NameMaxLength).IsRequired();
            w.Property(x => x.Identity).HasMaxLength(Witness.IdentityMaxLength).IsRequired();
            w.Property(x => x.Phone).HasMaxLength(Witness.PhoneMaxLength);
        });
        builder.Navigation(r => r.Witnesses).HasField("_witnesses").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
