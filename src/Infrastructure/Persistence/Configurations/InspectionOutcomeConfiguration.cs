using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionOutcomeConfiguration : IEntityTypeConfiguration<InspectionOutcome>
{
    public void Configure(EntityTypeBuilder<InspectionOutcome> builder)
    {
        builder.ToTable("inspection_outcomes");
        builder.ConfigureEntity();
        builder.Property(o => o.TargetCode).HasMaxLength(Target.CodeMaxLength).IsRequired();
        // One result per target, day and item: a re-import finds its rows by this key.
        builder.HasIndex(o => new { o.TargetCode, o.InspectedOn, o.ItemCode }).IsUnique();
        builder.Property(o => o.TaskName).HasMaxLength(InspectionOutcome.TextMaxLength).IsRequired();
        builder.Property(o => o.ItemCode).HasMaxLength(InspectionOutcome.CodeMaxLength).IsRequired();
        builder.Property(o => o.ItemName).HasMaxLength(InspectionOutcome.TextMaxLength).IsRequired();
        builder.Property(o => o.ResultCategoryCode).HasMaxLength(InspectionOutcome.CategoryMaxLength).IsRequired();
        builder.Property(o => o.Stratum).HasMaxLength(InspectionOutcome.CodeMaxLength);
        builder.Property(o => o.Source).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(o => o.Year);
        builder.HasIndex(o => o.BatchId);
    }
}
