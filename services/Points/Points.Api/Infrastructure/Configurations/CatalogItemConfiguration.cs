using Loyalty.Points.Api.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> item)
    {
        item.ToTable("catalog_items", table =>
            table.HasCheckConstraint("ck_catalog_items_stock_not_negative", "\"Stock\" IS NULL OR \"Stock\" >= 0"));
        item.HasKey(i => i.Id);
        item.Property(i => i.Name).HasMaxLength(128);
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
