using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawnTargetByYearConfiguration : IEntityTypeConfiguration<DrawnTargetByYear>
{
    public void Configure(EntityTypeBuilder<DrawnTargetByYear> builder)
    {
        builder.ToTable("drawn_targets_by_year");
        builder.HasKey(d => new { d.Year, d.TargetCode });
        builder.Property(d => d.TargetCode).HasMaxLength(64);
        builder.HasIndex(d => d.DrawId);
        builder.HasOne<Draw>().WithMany().HasForeignKey(d => d.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
