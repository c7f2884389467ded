using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RiskModelContentConfiguration : IEntityTypeConfiguration<RiskModelContent>
{
    public void Configure(EntityTypeBuilder<RiskModelContent> builder)
    {
        builder.ToTable("risk_model_files");
        builder.HasKey(f => f.ModelId);
        builder.Property(f => f.ModelId).ValueGeneratedNever();
        builder.Property(f => f.Content).IsRequired();
    }
}
