using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawGroupMemberConfiguration : IEntityTypeConfiguration<DrawGroupMember>
{
    public void Configure(EntityTypeBuilder<DrawGroupMember> builder)
    {
        builder.ToTable("draw_group_members");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.DrawId, m.GroupNumber, m.Position }).IsUnique();
        builder.HasIndex(m => m.OfficerId);
        builder.HasIndex(m => m.UnitId);
        builder.Property(m => m.OfficerNumber).HasMaxLength(64).IsRequired();
        builder.Property(m => m.OfficerName).HasMaxLength(100).IsRequired();
        builder.Ignore(m => m.IsLeader);
        builder.HasOne<Draw>().WithMany().HasForeignKey(m => m.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
