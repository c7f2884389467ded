using DoubleRandom.Domain.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class ResultCategoryConfiguration : IEntityTypeConfiguration<ResultCategory>
{
    /// <summary>When the national categories were seeded: fixed, so that the model (and every migration of it) is stable.</summary>
    private static readonly DateTime SeededAtUtc = new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<ResultCategory> builder)
    {
        builder.ToTable("result_categories");
        builder.ConfigureEntity();
        builder.Property(c => c.Code).HasMaxLength(ResultCategory.CodeMaxLength).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.NameZh).HasMaxLength(ResultCategory.NameZhMaxLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(ResultCategory.NameEnMaxLength).IsRequired();

        // Reference data every database starts with (the tests' PostgreSQL too): seeded by the migration.
        builder.HasData(ResultCategory.National.Select(c => new
        {
            c.Id, c.Code, c.NameZh, c.NameEn, c.IndicatesProblem, c.SortOrder, IsRetired = false,
            Version = 1, CreatedAtUtc = SeededAtUtc, CreatedBy = "system", UpdatedAtUtc = SeededAtUtc, UpdatedBy = "system",
        }));
    }
}
