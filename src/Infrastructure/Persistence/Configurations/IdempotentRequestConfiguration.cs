using DoubleRandom.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.UserId, r.IdempotencyKey });
        builder.Property(r => r.IdempotencyKey).HasMaxLength(IdempotentRequest.KeyMaxLength).IsRequired();
        builder.Property(r => r.Fingerprint).HasMaxLength(IdempotentRequest.FingerprintLength).IsFixedLength().IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(IdempotentRequest.HeaderMaxLength);
        builder.Property(r => r.Location).HasMaxLength(IdempotentRequest.HeaderMaxLength);
        builder.Property(r => r.ETag).HasMaxLength(IdempotentRequest.HeaderMaxLength);
        builder.HasIndex(r => r.ExpiresAtUtc);
    }
}
