namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>One coupon held by one member. Code is unique and hard to guess; single use.</summary>
public sealed class Coupon
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public Guid TemplateId { get; init; }

    public Guid MemberId { get; init; }

    public Guid? CampaignId { get; init; }

    public CouponSource Source { get; init; }

    /// <summary>What issued it (e.g. "staff:{requestId}", "campaign:{id}:{runKey}", "points:{ledgerEntryId}"); unique, so an issue is never repeated.</summary>
    public required string SourceRef { get; init; }

    public decimal FaceValue { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    public CouponStatus Status { get; set; }

    public DateTimeOffset? RedeemedAt { get; set; }

    public string? RedeemedOrderId { get; set; }

    public string? RedeemedStoreId { get; set; }

    public decimal? DiscountAmount { get; set; }

    public DateTimeOffset? ExpiredAt { get; set; }
}
