using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure.Configurations;

internal sealed class TierConfiguration :
    IEntityTypeConfiguration<TierThreshold>,
    IEntityTypeConfiguration<MemberPurchase>,
    IEntityTypeConfiguration<TierChange>
{
    public void Configure(EntityTypeBuilder<TierThreshold> threshold)
    {
        threshold.ToTable("tier_thresholds");
        threshold.HasKey(t => t.Tier);
        threshold.Property(t => t.Tier).HasConversion<string>().HasMaxLength(16);
        threshold.Property(t => t.MinRollingSpend).HasPrecision(12, 2);
        // Defaults for a clinic chain, in CNY of rolling 12-month spend; admins change them as data.
        threshold.HasData(
            TierThreshold.At(Tier.Standard, 0m),
            TierThreshold.At(Tier.Silver, 5_000m),
            TierThreshold.At(Tier.Gold, 20_000m),
            TierThreshold.At(Tier.Diamond, 50_000m));
    }

    public void Configure(EntityTypeBuilder<MemberPurchase> purchase)
    {
        purchase.ToTable("member_purchases");
        purchase.HasKey(p => p.PurchaseId);
        purchase.HasIndex(p => new { p.MemberId, p.PaidAt });
        purchase.Property(p => p.Amount).HasPrecision(12, 2);
        purchase.Property(p => p.RefundedAmount).HasPrecision(12, 2);
    }

    public void Configure(EntityTypeBuilder<TierChange> change)
    {
        change.ToTable("tier_history");
        change.HasKey(c => c.Id);
        change.HasIndex(c => new { c.MemberId, c.Id });
        change.Property(c => c.FromTier).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.ToTier).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.Reason).HasMaxLength(32);
        change.Property(c => c.RollingSpend).HasPrecision(12, 2);
    }
}
