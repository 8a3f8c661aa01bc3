using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Campaign.Api.Infrastructure;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<CouponTemplate>, IEntityTypeConfiguration<Coupon>
{
    /// <summary>
    /// The unique index that finds a coupon issued again; the code that catches its violation names it through this.
    /// </summary>
    public const string SourceRefIndex = "IX_coupons_SourceRef";

    public void Configure(EntityTypeBuilder<CouponTemplate> template)
    {
        template.ToTable("coupon_templates");
        template.HasKey(t => t.Id);
        template.Property(t => t.Name).HasMaxLength(128);
        template.Property(t => t.GiftName).HasMaxLength(128);
        template.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        template.Property(t => t.Value).HasPrecision(12, 2);
        template.Property(t => t.Threshold).HasPrecision(12, 2);
        template.Property(t => t.MaxDiscount).HasPrecision(12, 2);
        template.Ignore(t => t.FaceValue);
    }

    public void Configure(EntityTypeBuilder<Coupon> coupon)
    {
        coupon.ToTable("coupons");
        coupon.HasKey(c => c.Id);
        coupon.Property(c => c.Code).HasMaxLength(16);
        coupon.HasIndex(c => c.Code).IsUnique();
        coupon.Property(c => c.SourceRef).HasMaxLength(200);
        coupon.HasIndex(c => c.SourceRef).IsUnique().HasDatabaseName(SourceRefIndex);
        coupon.HasIndex(c => new { c.MemberId, c.TemplateId });
        coupon.HasIndex(c => new { c.Status, c.ValidUntil });
        coupon.HasIndex(c => c.CampaignId);
        // The dashboard's redemption rate: coupons issued in a date range.
        coupon.HasIndex(c => c.IssuedAt);
        coupon.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        coupon.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        coupon.Property(c => c.FaceValue).HasPrecision(12, 2);
        coupon.Property(c => c.DiscountAmount).HasPrecision(12, 2);
        coupon.Property(c => c.RedeemedOrderId).HasMaxLength(64);
        coupon.Property(c => c.RedeemedStoreId).HasMaxLength(64);
    }
}
