namespace Loyalty.Campaign.Api.Apis;

/// <summary>Staff issue a coupon by hand. RequestId (optional) makes a retried request issue once.</summary>
public sealed record IssueCouponRequest(Guid? TemplateId, Guid? MemberId, Guid? RequestId);
