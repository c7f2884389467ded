using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RiskModelConfiguration : IEntityTypeConfiguration<RiskModel>
{
    public void Configure(EntityTypeBuilder<RiskModel> builder)
    {
        builder.ToTable("risk_models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => m.Version).IsUnique();
        builder.Property(m => m.Trainer).HasMaxLength(RiskModel.TrainerMaxLength).IsRequired();
        builder.Property(m => m.HyperParameters).IsRequired();
        builder.Property(m => m.FeatureNames).IsRequired();
        builder.Property(m => m.FeatureFingerprint).HasMaxLength(RiskModel.FingerprintLength).IsRequired();
        builder.Property(m => m.Metrics).IsRequired();
        builder.Property(m => m.TrainedBy).HasMaxLength(RiskModel.NameMaxLength).IsRequired();
        builder.Property(m => m.ActivatedBy).HasMaxLength(RiskModel.NameMaxLength);
        builder.Property(m => m.FileSha256).HasMaxLength(64).IsRequired();
        // One active version, kept by the database.
        builder.HasIndex(m => m.IsActive).IsUnique().HasFilter("is_active").HasDatabaseName("ux_risk_models_one_active");
        builder.HasOne<RiskModelContent>().WithOne().HasForeignKey<RiskModelContent>(f => f.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}
