using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DoubleRandom.Infrastructure.Persistence.Configurations;

/// <summary>The columns of item results kept beside a record (a correction's proposal, a kept version): a table of its own per owner.</summary>
internal static class ItemResultColumns
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, ItemResult> i, string table, string ownerKey)
        where TOwner : class
    {
        i.ToTable(table);
        i.WithOwner().HasForeignKey(ownerKey);
        i.Property<int>("Id");
        i.HasKey("Id");
        i.Property(x => x.ItemName).HasMaxLength(InspectionItem.NameMaxLength).IsRequired();
        i.Property(x => x.ResultCategoryCode).HasMaxLength(ResultCategory.CodeMaxLength).IsRequired();
        i.Property(x => x.Findings).HasMaxLength(ItemResult.FindingsMaxLength);
        i.Property(x => x.LegalBasis).HasMaxLength(ItemResult.LegalBasisMaxLength);
    }
}
