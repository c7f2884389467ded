using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.ConfigureEntity();
        builder.Property(t => t.Code).HasMaxLength(Target.CodeMaxLength).IsRequired();
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(Target.NameMaxLength).IsRequired();
        builder.HasIndex(t => t.Name);
        builder.Property(t => t.LegalRepresentative).HasMaxLength(Target.PersonMaxLength);
        builder.Property(t => t.Address).HasMaxLength(Target.AddressMaxLength);
        builder.Property(t => t.RegionCode).HasMaxLength(6).IsRequired();
        builder.HasIndex(t => t.RegionCode);
        builder.Property(t => t.IndustrySection).HasMaxLength(1);
        builder.Property(t => t.IndustryDivision).HasMaxLength(2);
        builder.HasIndex(t => new { t.IndustrySection, t.IndustryDivision });
        builder.Property(t => t.DepartmentCodes).HasMaxLength(Target.ListMaxLength).IsRequired();
        builder.Property(t => t.RegisteredCapital).HasPrecision(18, 4);
        // "Largest registered capital first" reads this index in order instead of sorting most of the roster.
        builder.HasIndex(t => t.RegisteredCapital);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(t => t.Status);
        builder.Property(t => t.RiskTier).HasConversion<string>().HasMaxLength(1);
        builder.HasIndex(t => t.RiskTier);
        builder.Property(t => t.RiskScore);
        builder.Property(t => t.RiskModelVersion);
        builder.Property(t => t.CreditClass).HasConversion<string>().HasMaxLength(1);
        builder.Property(t => t.Tags).HasMaxLength(Target.ListMaxLength).IsRequired();
        builder.HasIndex(t => t.Kind);
        builder.Ignore(t => t.IsRetired);
    }
}
