using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawSelectionConfiguration : IEntityTypeConfiguration<DrawSelection>
{
    public void Configure(EntityTypeBuilder<DrawSelection> builder)
    {
        builder.ToTable("draw_selections");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.DrawId, s.TargetCode }).IsUnique();
        builder.HasIndex(s => s.TargetCode);
        builder.Property(s => s.TargetCode).HasMaxLength(64).IsRequired();
        builder.Property(s => s.TargetName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.TargetAddress).HasMaxLength(300);
        builder.Property(s => s.Stratum).HasMaxLength(64).IsRequired();
        builder.HasOne<Draw>().WithMany().HasForeignKey(s => s.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
