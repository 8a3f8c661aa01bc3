namespace Loyalty.Contracts.Campaign;

/// <summary>A coupon was redeemed at checkout against an order; DiscountAmount in CNY.</summary>
[SchemaVersion(2)] // 2: money as a JSON number (1 wrote it as a string)
public sealed record CouponRedeemed(
    Guid CouponId,
    Guid MemberId,
    Guid? CampaignId,
    string ExternalOrderId,
    string StoreId,
    decimal DiscountAmount) : IntegrationEvent;
