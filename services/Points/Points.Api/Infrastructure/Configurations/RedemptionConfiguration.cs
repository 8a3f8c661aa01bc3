using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Domain.Redemptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<CatalogItem>, IEntityTypeConfiguration<Redemption>
{
    /// <summary>The unique index that finds a retried redemption; the code that catches its violation names it through this.</summary>
    public const string RedemptionRequestIdIndex = "IX_redemptions_RequestId";

    public void Configure(EntityTypeBuilder<CatalogItem> item)
    {
        item.ToTable("catalog_items", table => table.HasCheckConstraint("ck_catalog_items_stock_not_negative", "\"Stock\" IS NULL OR \"Stock\" >= 0"));
        item.HasKey(i => i.Id);
        item.Property(i => i.Name).HasMaxLength(128);
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<Redemption> redemption)
    {
        redemption.ToTable("redemptions");
        redemption.HasKey(r => r.Id);
        redemption.HasIndex(r => r.RequestId).IsUnique().HasDatabaseName(RedemptionRequestIdIndex);
        redemption.HasIndex(r => new { r.MemberId, r.RedeemedAt });
    }
}
