using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class DrawConfiguration : IEntityTypeConfiguration<Draw>
{
    public void Configure(EntityTypeBuilder<Draw> builder)
    {
        builder.ToTable("draws");
        builder.ConfigureEntity();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Year, d.TaskId });
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.ParametersJson).IsRequired();
        foreach (var name in new[] { nameof(Draw.ParamsDigest), nameof(Draw.TargetsRoot), nameof(Draw.OfficersRoot), nameof(Draw.RecusalsRoot), nameof(Draw.Commitment) })
        {
            builder.Property(name).HasMaxLength(64).IsRequired();
        }

        builder.Property(d => d.EntropyDigest).HasMaxLength(64);
        builder.Property(d => d.ResultDigest).HasMaxLength(64);
        builder.Property(d => d.RevealedSecret).HasMaxLength(64);
        builder.Property(d => d.Entropy).HasMaxLength(4096);
        builder.Property(d => d.PreparedBy).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ExecutedBy).HasMaxLength(100);
        builder.Property(d => d.SupervisedBy).HasMaxLength(100);
        builder.Property(d => d.Failure).HasMaxLength(64);
        builder.Property(d => d.FailureDetail).HasMaxLength(500);
        builder.Ignore(d => d.IsRevealed);
        // Draws prepared before #16 read as tier mode (the migration's column default, not a model default: a model
        // default would leave an explicit α = 0 unsent).
        builder.Property(d => d.RiskWeighting).HasConversion<string>().HasMaxLength(16);
    }
}
