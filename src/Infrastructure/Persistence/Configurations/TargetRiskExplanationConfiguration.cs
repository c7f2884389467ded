using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class TargetRiskExplanationConfiguration : IEntityTypeConfiguration<TargetRiskExplanation>
{
    public void Configure(EntityTypeBuilder<TargetRiskExplanation> builder)
    {
        builder.ToTable("target_risk_explanations");
        // Keyed by the code, without a foreign key: a first roster load drops and rebuilds the targets' code index.
        builder.HasKey(e => e.TargetCode);
        builder.Property(e => e.TargetCode).HasMaxLength(Target.CodeMaxLength);
        builder.Property(e => e.Contributions).IsRequired();
    }
}
