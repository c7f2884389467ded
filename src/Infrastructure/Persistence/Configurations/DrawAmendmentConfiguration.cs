using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawAmendmentConfiguration : IEntityTypeConfiguration<DrawAmendment>
{
    public void Configure(EntityTypeBuilder<DrawAmendment> builder)
    {
        builder.ToTable("draw_amendments");
        builder.ConfigureEntity();
        builder.HasIndex(a => a.DrawId);
        builder.Property(a => a.ResultDigest).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Note).HasMaxLength(DrawAmendment.NoteMaxLength);
        builder.Property(a => a.TargetCode).HasMaxLength(64);
        builder.Property(a => a.RequestedBy).HasMaxLength(100).IsRequired();
        builder.Property(a => a.DecidedBy).HasMaxLength(100);
        builder.HasOne<Draw>().WithMany().HasForeignKey(a => a.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
