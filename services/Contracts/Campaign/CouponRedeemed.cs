namespace Loyalty.Contracts.Campaign;

/// <summary>A coupon was redeemed at checkout against an order; DiscountAmount in CNY.</summary>
public sealed record CouponRedeemed(
    Guid CouponId,
    Guid MemberId,
    Guid? CampaignId,
    string ExternalOrderId,
    string StoreId,
    decimal DiscountAmount) : IntegrationEvent;
