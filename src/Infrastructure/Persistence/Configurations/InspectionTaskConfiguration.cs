using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    // The settings are one value: stored as JSON so a task's whole configuration is read and frozen together.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<InspectionTask> builder)
    {
        builder.ToTable("inspection_tasks");
        builder.ConfigureEntity();
        builder.Property(t => t.Name).HasMaxLength(InspectionTask.NameMaxLength).IsRequired();
        builder.HasIndex(t => t.Year);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ArchivedBy).HasMaxLength(100);
        builder.Ignore(t => t.IsArchived);
        builder.Property(t => t.Settings).HasConversion(
            s => JsonSerializer.Serialize(s, Json),
            s => JsonSerializer.Deserialize<TaskSettings>(s, Json)!,
            new ValueComparer<TaskSettings>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                s => JsonSerializer.Serialize(s, Json).GetHashCode(StringComparison.Ordinal),
                s => JsonSerializer.Deserialize<TaskSettings>(JsonSerializer.Serialize(s, Json), Json)!))
            .IsRequired();
    }
}
