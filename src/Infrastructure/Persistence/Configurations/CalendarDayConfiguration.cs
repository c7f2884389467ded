using DoubleRandom.Domain.Publication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    /// <summary>When the official calendar was seeded: fixed, so that the model (and every migration of it) is stable.</summary>
    private static readonly DateTime SeededAtUtc = new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.ConfigureEntity();
        builder.HasIndex(d => d.Date).IsUnique();
        builder.HasIndex(d => d.Year);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength).IsRequired();

        // The official 2026 arrangement (OfficialCalendar2026, source named there): seeded by the migration.
        builder.HasData(OfficialCalendar2026.Days.Select(d => new
        {
            d.Id, Year = d.Date.Year, d.Date, d.Kind, d.Name,
            Version = 1, CreatedAtUtc = SeededAtUtc, CreatedBy = "system", UpdatedAtUtc = SeededAtUtc, UpdatedBy = "system",
        }));
    }
}
