using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Roster).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(j => j.Status);
        builder.Property(j => j.Phase).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.FileName).HasMaxLength(ImportJob.FileNameMaxLength).IsRequired();
        builder.Property(j => j.StoredPath).HasMaxLength(1000).IsRequired();
        builder.Property(j => j.FileSha256).HasMaxLength(64);
        builder.Property(j => j.Encoding).HasMaxLength(16).IsRequired();
        builder.Property(j => j.Message).HasMaxLength(2000);
        builder.Property(j => j.CreatedBy).HasMaxLength(100).IsRequired();
        builder.Ignore(j => j.IsFinished);
    }
}
