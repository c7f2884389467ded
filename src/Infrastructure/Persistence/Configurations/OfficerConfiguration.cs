using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("officers");
        builder.ConfigureEntity();
        builder.Property(o => o.Number).HasMaxLength(Officer.NumberMaxLength).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(Officer.NameMaxLength).IsRequired();
        builder.HasOne<BranchUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.DepartmentCode).HasMaxLength(Department.CodeMaxLength).IsRequired();
        builder.HasIndex(o => o.DepartmentCode);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.ExpertiseTags).HasMaxLength(1000).IsRequired();
        builder.OwnsMany(o => o.Certificates, c =>
        {
            c.ToTable("officer_certificates");
            c.WithOwner().HasForeignKey("OfficerId");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Type).HasMaxLength(50).IsRequired();
            c.Property(x => x.Number).HasMaxLength(64).IsRequired();
            c.HasIndex(x => x.ExpiresOn);
        });
        builder.Navigation(o => o.Certificates).HasField("_certificates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RecusalConfiguration : IEntityTypeConfiguration<Recusal>
{
    public void Configure(EntityTypeBuilder<Recusal> builder)
    {
        builder.ToTable("recusals");
        builder.ConfigureEntity();
        builder.HasOne<Officer>().WithMany().HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.TargetCode).HasMaxLength(Target.CodeMaxLength).IsRequired();
        builder.HasIndex(r => r.TargetCode);
        builder.HasIndex(r => r.OfficerId);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Note).HasMaxLength(Recusal.NoteMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(100).IsRequired();
    }
}

internal sealed class InspectionHistoryConfiguration : IEntityTypeConfiguration<InspectionHistoryEntry>
{
    public void Configure(EntityTypeBuilder<InspectionHistoryEntry> builder)
    {
        builder.ToTable("inspection_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.TargetCode).HasMaxLength(Target.CodeMaxLength).IsRequired();
        builder.HasIndex(h => new { h.TargetCode, h.InspectedOn });
        builder.HasIndex(h => h.OfficerId);
    }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Roster).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(j => j.Status);
        builder.Property(j => j.FileName).HasMaxLength(255).IsRequired();
        builder.Property(j => j.StoredPath).HasMaxLength(1000).IsRequired();
        builder.Property(j => j.FileSha256).HasMaxLength(64);
        builder.Property(j => j.Encoding).HasMaxLength(16).IsRequired();
        builder.Property(j => j.Message).HasMaxLength(2000);
        builder.Property(j => j.CreatedBy).HasMaxLength(100).IsRequired();
        builder.Ignore(j => j.IsFinished);
    }
}
