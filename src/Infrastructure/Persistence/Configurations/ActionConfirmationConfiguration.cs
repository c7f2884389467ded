using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

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
