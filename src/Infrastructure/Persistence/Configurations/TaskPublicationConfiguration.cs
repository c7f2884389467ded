using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class TaskPublicationConfiguration : IEntityTypeConfiguration<TaskPublication>
{
    public void Configure(EntityTypeBuilder<TaskPublication> builder)
    {
        builder.ToTable("task_publications");
        builder.ConfigureEntity();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Restrict);
        // Published once: a second publication of the same task is refused, also when two race.
        builder.HasIndex(p => p.TaskId).IsUnique();
        builder.HasIndex(p => p.DeadlineOn);
        builder.Property(p => p.PublishedBy).HasMaxLength(TaskPublication.PublishedByMaxLength).IsRequired();
        builder.Property(p => p.ResultsSha256).HasMaxLength(TaskPublication.Sha256Length).IsFixedLength().IsRequired();
        builder.Property(p => p.RefreshedTargetCode).HasMaxLength(PublishedResult.TargetCodeMaxLength);
        builder.Ignore(p => p.PublishedOn);
        builder.Ignore(p => p.IsLate);
    }
}
