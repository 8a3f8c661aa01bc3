using Loyalty.Segmentation.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class MemberPurchaseConfiguration : IEntityTypeConfiguration<MemberPurchase>
{
    public void Configure(EntityTypeBuilder<MemberPurchase> purchase)
    {
        purchase.ToTable("purchases");
        purchase.HasKey(p => p.PurchaseId);
        purchase.Property(p => p.PurchaseId).ValueGeneratedNever();
        purchase.Property(p => p.Amount).HasPrecision(14, 2);
        purchase.Property(p => p.RefundedAmount).HasPrecision(14, 2);
        purchase.Ignore(p => p.Net);
        purchase.HasIndex(p => p.MemberId);
    }
}
