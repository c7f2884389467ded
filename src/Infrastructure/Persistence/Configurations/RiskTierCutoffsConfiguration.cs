using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RiskTierCutoffsConfiguration : IEntityTypeConfiguration<RiskTierCutoffs>
{
    public void Configure(EntityTypeBuilder<RiskTierCutoffs> builder)
    {
        builder.ToTable("risk_tier_cutoffs");
        builder.ConfigureEntity();
        builder.Property(c => c.Scope).HasMaxLength(16).IsRequired();
        builder.HasIndex(c => c.Scope).IsUnique();
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(16);
    }
}
