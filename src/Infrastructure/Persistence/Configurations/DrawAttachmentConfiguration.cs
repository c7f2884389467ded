using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawAttachmentConfiguration : IEntityTypeConfiguration<DrawAttachment>
{
    public void Configure(EntityTypeBuilder<DrawAttachment> builder)
    {
        builder.ToTable("draw_attachments");
        builder.ConfigureEntity();
        builder.HasIndex(a => a.DrawId);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(DrawAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<Draw>().WithMany().HasForeignKey(a => a.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
