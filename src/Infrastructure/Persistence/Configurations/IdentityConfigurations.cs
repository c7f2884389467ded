using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.ConfigureEntity();
        builder.Property(u => u.UserName).HasMaxLength(User.UserNameMaxLength).IsRequired();
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(256).IsRequired();
        builder.Property(u => u.SecurityStamp).HasMaxLength(64).IsRequired();
        // A handful of roles per user: one comma-separated column keeps both providers simple.
        builder.Property(u => u.Roles)
            .HasConversion(
                roles => string.Join(',', roles),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    r => r.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
                    r => r.ToList()))
            .HasMaxLength(200)
            .IsRequired();
        builder.HasIndex(u => u.UnitId);
        builder.HasOne<Domain.Organization.BranchUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.ConfigureEntity();
        builder.Property(t => t.UserName).HasMaxLength(User.UserNameMaxLength).IsRequired();
        builder.Property(t => t.ClientAddress).HasMaxLength(SignInThrottle.AddressMaxLength).IsRequired();
        builder.HasIndex(t => new { t.UserName, t.ClientAddress }).IsUnique();
        builder.Ignore(t => t.IsFamiliar);
    }
}

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

internal sealed class ActionConfirmationConfiguration : IEntityTypeConfiguration<ActionConfirmation>
{
    public void Configure(EntityTypeBuilder<ActionConfirmation> builder)
    {
        builder.ToTable("action_confirmations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Action).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Subject).HasMaxLength(128).IsRequired();
        builder.Property(c => c.ConfirmedByName).HasMaxLength(User.UserNameMaxLength).IsRequired();
        builder.Property(c => c.ConsumedAtUtc).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Action, c.Subject });
    }
}
