using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("officers");
        builder.ConfigureEntity();
        builder.Property(o => o.Number).HasMaxLength(Officer.NumberMaxLength).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(Officer.NameMaxLength).IsRequired();
        builder.HasOne<BranchUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.DepartmentCode).HasMaxLength(Department.CodeMaxLength).IsRequired();
        builder.HasIndex(o => o.DepartmentCode);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.ExpertiseTags).HasMaxLength(1000).IsRequired();
        builder.OwnsMany(o => o.Certificates, c =>
        {
            c.ToTable("officer_certificates");
            c.WithOwner().HasForeignKey("OfficerId");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Type).HasMaxLength(50).IsRequired();
            c.Property(x => x.Number).HasMaxLength(64).IsRequired();
            c.HasIndex(x => x.ExpiresOn);
        });
        builder.Navigation(o => o.Certificates).HasField("_certificates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
