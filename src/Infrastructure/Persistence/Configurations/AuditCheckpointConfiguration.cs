using DoubleRandom.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("audit_checkpoints");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedNever();
        builder.Property(c => c.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Archive).HasMaxLength(500);
        builder.Property(c => c.Signature).HasMaxLength(4000);
    }
}
