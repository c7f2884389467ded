using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.FamilyId);
        builder.HasIndex(t => t.UserId);
        builder.Property(t => t.SecurityStamp).HasMaxLength(64).IsRequired();
        builder.Property(t => t.RevokedReason).HasMaxLength(32);
        // Two refreshes with one token: only the first may revoke it.
        builder.Property(t => t.RevokedAtUtc).IsConcurrencyToken();
        // Two tabs using one just-rotated token within the grace period: only the first gets the extra use.
        builder.Property(t => t.GraceUsedAtUtc).IsConcurrencyToken();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
