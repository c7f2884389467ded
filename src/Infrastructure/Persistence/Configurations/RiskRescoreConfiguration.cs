using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class RiskRescoreConfiguration : IEntityTypeConfiguration<RiskRescore>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<RiskRescore> builder)
    {
        builder.ToTable("risk_rescores");
        builder.ConfigureEntity();
        builder.HasIndex(r => r.FinishedAtUtc);
        builder.Property(r => r.ScoredByName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.CutoffMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Moves).HasConversion(
            m => JsonSerializer.Serialize(m, Json),
            m => JsonSerializer.Deserialize<List<RiskTierMove>>(m, Json)!,
            new ValueComparer<IReadOnlyList<RiskTierMove>>(
                (a, b) => a!.SequenceEqual(b!),
                m => m.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode())),
                m => m.ToList()))
            .IsRequired();
    }
}
