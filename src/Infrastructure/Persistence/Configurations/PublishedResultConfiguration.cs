using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

/// <summary>
/// The public results table. Indexes for the public search: by code (an enterprise's results), by task, newest first,
/// and by name prefix. On PostgreSQL <c>PublicationSql</c> makes the code and name columns bytewise ("C"), so a prefix
/// LIKE is served by the btree (there is no "name contains" search, so no trigram index).
/// </summary>
internal sealed class PublishedResultConfiguration : IEntityTypeConfiguration<PublishedResult>
{
    public void Configure(EntityTypeBuilder<PublishedResult> builder)
    {
        builder.ToTable("published_results");
        builder.ConfigureEntity();
        builder.HasOne<InspectionTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.TaskName).HasMaxLength(PublishedResult.TaskNameMaxLength).IsRequired();
        builder.Property(r => r.TargetCode).HasMaxLength(PublishedResult.TargetCodeMaxLength).IsRequired();
        builder.Property(r => r.TargetName).HasMaxLength(PublishedResult.TargetNameMaxLength).IsRequired();
        builder.Property(r => r.TargetKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ItemName).HasMaxLength(PublishedResult.ItemNameMaxLength).IsRequired();
        builder.Property(r => r.ResultCategoryCode).HasMaxLength(PublishedResult.CategoryCodeMaxLength).IsRequired();
        builder.Property(r => r.ResultCategoryNameZh).HasMaxLength(PublishedResult.CategoryNameZhMaxLength).IsRequired();
        builder.Property(r => r.ResultCategoryNameEn).HasMaxLength(PublishedResult.CategoryNameEnMaxLength).IsRequired();
        builder.Property(r => r.Authority).HasMaxLength(PublishedResult.AuthorityMaxLength).IsRequired();

        // One row per task × target × item; also the task's results in target order.
        builder.HasIndex(r => new { r.TaskId, r.TargetCode, r.ItemId }).IsUnique();
        // An enterprise's results, newest first.
        builder.HasIndex(r => new { r.TargetCode, r.PublishedOn }).IsDescending(false, true);
        // The public list, newest first (ties by id, for stable pages).
        builder.HasIndex(r => new { r.PublishedOn, r.Id }).IsDescending(true, true);
        // A year's results, newest first (the public search by year and its deep pages; without it a year's rows are
        // found by walking every newer year's first).
        builder.HasIndex(r => new { r.Year, r.PublishedOn, r.Id }).IsDescending(false, true, true);
        // Name prefix search (bytewise on PostgreSQL, so LIKE 'prefix%' is served by it).
        builder.HasIndex(r => r.TargetName);
    }
}
