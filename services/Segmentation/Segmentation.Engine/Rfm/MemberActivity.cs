namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// What RFM needs of a member: purchase count, last purchase day (clinic calendar) and spend, refunds netted out.
/// </summary>
public sealed record MemberActivity(string MemberId, int Purchases, DateOnly LastPurchase, decimal Spend);
