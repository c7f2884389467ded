using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

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
