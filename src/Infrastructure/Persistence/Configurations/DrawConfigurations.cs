using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> builder)
    {
        builder.ToTable("inspection_items");
        builder.ConfigureEntity();
        builder.Property(i => i.Name).HasMaxLength(InspectionItem.NameMaxLength).IsRequired();
        builder.Property(i => i.DepartmentCode).HasMaxLength(32).IsRequired();
        builder.HasIndex(i => i.DepartmentCode);
        builder.Property(i => i.LegalBasis).HasMaxLength(InspectionItem.LegalBasisMaxLength).IsRequired();
        builder.Property(i => i.Checklist).HasMaxLength(InspectionItem.ChecklistMaxLength).IsRequired();
        builder.Property(i => i.RequiredExpertise).HasMaxLength(64);
        builder.Property(i => i.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(i => i.ChecklistPoints);
    }
}

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
    }
}

internal sealed class DrawSnapshotConfiguration : IEntityTypeConfiguration<DrawSnapshot>
{
    public void Configure(EntityTypeBuilder<DrawSnapshot> builder)
    {
        builder.ToTable("draw_snapshots");
        builder.HasKey(s => new { s.DrawId, s.Kind });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Draw>().WithMany().HasForeignKey(s => s.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrawGroupMemberConfiguration : IEntityTypeConfiguration<DrawGroupMember>
{
    public void Configure(EntityTypeBuilder<DrawGroupMember> builder)
    {
        builder.ToTable("draw_group_members");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.DrawId, m.GroupNumber, m.Position }).IsUnique();
        builder.HasIndex(m => m.OfficerId);
        builder.HasIndex(m => m.UnitId);
        builder.Property(m => m.OfficerNumber).HasMaxLength(64).IsRequired();
        builder.Property(m => m.OfficerName).HasMaxLength(100).IsRequired();
        builder.Ignore(m => m.IsLeader);
        builder.HasOne<Draw>().WithMany().HasForeignKey(m => m.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrawSelectionConfiguration : IEntityTypeConfiguration<DrawSelection>
{
    public void Configure(EntityTypeBuilder<DrawSelection> builder)
    {
        builder.ToTable("draw_selections");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.DrawId, s.TargetCode }).IsUnique();
        builder.HasIndex(s => s.TargetCode);
        builder.Property(s => s.TargetCode).HasMaxLength(64).IsRequired();
        builder.Property(s => s.TargetName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.TargetAddress).HasMaxLength(300);
        builder.Property(s => s.Stratum).HasMaxLength(64).IsRequired();
        builder.HasOne<Draw>().WithMany().HasForeignKey(s => s.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrawnTargetByYearConfiguration : IEntityTypeConfiguration<DrawnTargetByYear>
{
    public void Configure(EntityTypeBuilder<DrawnTargetByYear> builder)
    {
        builder.ToTable("drawn_targets_by_year");
        builder.HasKey(d => new { d.Year, d.TargetCode });
        builder.Property(d => d.TargetCode).HasMaxLength(64);
        builder.HasIndex(d => d.DrawId);
        builder.HasOne<Draw>().WithMany().HasForeignKey(d => d.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrawAmendmentConfiguration : IEntityTypeConfiguration<DrawAmendment>
{
    public void Configure(EntityTypeBuilder<DrawAmendment> builder)
    {
        builder.ToTable("draw_amendments");
        builder.ConfigureEntity();
        builder.HasIndex(a => a.DrawId);
        builder.Property(a => a.ResultDigest).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Note).HasMaxLength(DrawAmendment.NoteMaxLength);
        builder.Property(a => a.TargetCode).HasMaxLength(64);
        builder.Property(a => a.RequestedBy).HasMaxLength(100).IsRequired();
        builder.Property(a => a.DecidedBy).HasMaxLength(100);
        builder.HasOne<Draw>().WithMany().HasForeignKey(a => a.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrawAttachmentConfiguration : IEntityTypeConfiguration<DrawAttachment>
{
    public void Configure(EntityTypeBuilder<DrawAttachment> builder)
    {
        builder.ToTable("draw_attachments");
        builder.ConfigureEntity();
        builder.HasIndex(a => a.DrawId);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(DrawAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<Draw>().WithMany().HasForeignKey(a => a.DrawId).OnDelete(DeleteBehavior.Restrict);
    }
}
