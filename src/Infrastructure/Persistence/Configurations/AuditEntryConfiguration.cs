using DoubleRandom.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        // Assigned under the chain lock (PostgreSQL: the linking trigger; SQLite: AuditChainWriter).
        // A database sequence would leave gaps on rollback.
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        builder.Property(e => e.ActorRoles).HasMaxLength(1000).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(200).IsRequired();
        // Text, not jsonb: the stored bytes are what was hashed; jsonb would re-order and re-space them.
        builder.Property(e => e.Before);
        builder.Property(e => e.After);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.RequestId).HasMaxLength(100);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.PrevHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        // Version 2 (audit_link in the Initial migration's AuditTrailSql): the chain covers the payload's digest; the
        // payload may be redacted.
        builder.Property(e => e.HashVersion).IsRequired();
        builder.Property(e => e.PayloadDigest).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.PayloadNonce).HasMaxLength(36);
        builder.Property(e => e.RedactedAtUtc);
        builder.Property(e => e.RedactedBy).HasMaxLength(100);
        builder.Property(e => e.RedactionReason).HasMaxLength(AuditRedaction.ReasonMaxLength);
        builder.Property(e => e.RedactionSequence);
        builder.Ignore(e => e.IsRedacted);

        // (time, sequence) serves time ranges and the daily heads (last entry before a moment).
        builder.HasIndex(e => new { e.OccurredAtUtc, e.Sequence });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.ActorName);
        builder.HasIndex(e => e.UnitId);
    }
}
