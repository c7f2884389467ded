using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawSnapshotConfiguration : IEntityTypeConfiguration<DrawSnapshot>
{
    public void Configure(EntityTypeBuilder<DrawSnapshot> builder)
    {
        builder.ToTable("draw_snapshots");
        builder.HasKey(s => new { s.DrawId, s.Kind });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Draw>().WithMany().HasForeignKey(s => s.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
