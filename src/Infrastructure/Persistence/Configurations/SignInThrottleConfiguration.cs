using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

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
