using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionHistoryConfiguration : IEntityTypeConfiguration<InspectionHistoryEntry>
{
    public void Configure(EntityTypeBuilder<InspectionHistoryEntry> builder)
    {
        builder.ToTable("inspection_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.TargetCode).HasMaxLength(Target.CodeMaxLength).IsRequired();
        builder.HasIndex(h => new { h.TargetCode, h.InspectedOn });
        builder.HasIndex(h => h.OfficerId);
    }
}
