using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> builder)
    {
        builder.ToTable("inspection_items");
        builder.ConfigureEntity();
        builder.Property(i => i.Name).HasMaxLength(InspectionItem.NameMaxLength).IsRequired();
        builder.Property(i => i.DepartmentCode).HasMaxLength(32).IsRequired();
        builder.HasIndex(i => i.DepartmentCode);
        builder.Property(i => i.LegalBasis).HasMaxLength(InspectionItem.LegalBasisMaxLength).IsRequired();
        builder.Property(i => i.Checklist).HasMaxLength(InspectionItem.ChecklistMaxLength).IsRequired();
        builder.Property(i => i.RequiredExpertise).HasMaxLength(64);
        builder.Property(i => i.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(i => i.ChecklistPoints);
    }
}
