using DoubleRandom.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class BranchUnitConfiguration : IEntityTypeConfiguration<BranchUnit>
{
    public void Configure(EntityTypeBuilder<BranchUnit> builder)
    {
        builder.ToTable("branch_units");
        builder.ConfigureEntity();
        builder.Property(u => u.Code).HasMaxLength(BranchUnit.CodeMaxLength).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(BranchUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.RegionCode).HasMaxLength(6).IsRequired();
        builder.HasIndex(u => u.RegionCode);
        builder.HasIndex(u => u.ParentId);
        builder.HasOne<BranchUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsRetired);
    }
}
