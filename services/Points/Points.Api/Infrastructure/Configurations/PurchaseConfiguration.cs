using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    /// <summary>
    /// The unique index that finds a repeated order; the code that catches its violation names it through this.
    /// </summary>
    public const string ExternalOrderIdIndex = "IX_purchases_ExternalOrderId";

    public void Configure(EntityTypeBuilder<Purchase> purchase)
    {
        purchase.ToTable("purchases");
        purchase.HasKey(p => p.Id);
        purchase.Property(p => p.ExternalOrderId).HasMaxLength(64);
        purchase.HasIndex(p => p.ExternalOrderId).IsUnique().HasDatabaseName(ExternalOrderIdIndex);
        purchase.HasIndex(p => new { p.MemberId, p.PaidAt });
        // The console's purchase list and daily figures: newest first or a range of days, for the chain or a store.
        purchase.HasIndex(p => p.PaidAt);
        purchase.HasIndex(p => new { p.StoreId, p.PaidAt });
        purchase.Property(p => p.StoreId).HasMaxLength(32);
        purchase.Property(p => p.AdvisorId).HasMaxLength(PurchaseRules.MaxAdvisorIdLength);
        purchase.Property(p => p.Amount).HasPrecision(12, 2);
        purchase.Property(p => p.RefundedAmount).HasPrecision(12, 2);
        purchase.ToTable(table =>
            table.HasCheckConstraint("ck_purchases_refund_within_amount", "\"RefundedAmount\" <= \"Amount\""));
        purchase.Property(p => p.CouponCodes).HasColumnType("text[]");
        // The items are read and written with their purchase, never queried alone: one jsonb column.
        purchase.Property(p => p.Items).HasJsonbList();
    }
}
