using DoubleRandom.Domain.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

internal sealed class SummarySignatureConfiguration : IEntityTypeConfiguration<SummarySignature>
{
    public void Configure(EntityTypeBuilder<SummarySignature> builder)
    {
        builder.ToTable("summary_signatures");
        builder.ConfigureEntity();
        builder.Property(s => s.OfficerName).HasMaxLength(Domain.Rosters.Officer.NameMaxLength).IsRequired();
        builder.Property(s => s.ContentSha256).HasMaxLength(SummarySignature.Sha256HexLength).IsFixedLength().IsRequired();
        // One signature per member and content: a second one of the same content is refused, also when two race.
        builder.HasIndex(s => new { s.TaskId, s.GroupNumber, s.OfficerId, s.ContentSha256 }).IsUnique();
        builder.HasIndex(s => s.UserId);
    }
}
