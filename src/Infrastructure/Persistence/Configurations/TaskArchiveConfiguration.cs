using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class TaskArchiveConfiguration : IEntityTypeConfiguration<TaskArchive>
{
    public void Configure(EntityTypeBuilder<TaskArchive> builder)
    {
        builder.ToTable("task_archives");
        builder.ConfigureEntity();
        // One archive per task: a second one (two racing requests) is refused by the key.
        builder.HasIndex(a => a.TaskId).IsUnique();
        builder.Property(a => a.Sha256).HasMaxLength(TaskArchive.Sha256HexLength).IsFixedLength().IsRequired();
        builder.Property(a => a.ManifestSha256).HasMaxLength(TaskArchive.Sha256HexLength).IsFixedLength().IsRequired();
        builder.Property(a => a.BuilderVersion).HasMaxLength(TaskArchive.BuilderVersionMaxLength).IsRequired();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
