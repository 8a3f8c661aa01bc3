using Loyalty.Campaign.Api.Domain.CouponTemplates;

namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>One coupon held by one member. Code is unique and hard to guess; single use.</summary>
public sealed class Coupon
{
    private Coupon()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public Guid TemplateId { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid? CampaignId { get; private set; }

    public CouponSource Source { get; private set; }

    /// <summary>
    /// What issued it (e.g. "staff:{requestId}", "campaign:{id}:{runKey}", "points:{ledgerEntryId}"); unique, so an
    /// issue is never repeated.
    /// </summary>
    public string SourceRef { get; private set; } = "";

    public decimal FaceValue { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset ValidUntil { get; private set; }

    public CouponStatus Status { get; private set; }

    public DateTimeOffset? RedeemedAt { get; private set; }

    public string? RedeemedOrderId { get; private set; }

    public string? RedeemedStoreId { get; private set; }

    public decimal? DiscountAmount { get; private set; }

    public DateTimeOffset? ExpiredAt { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    /// <summary>
    /// A new coupon of <paramref name="template"/> for a member, valid as the template says from <paramref
    /// name="now"/>.
    /// </summary>
    public static Coupon Issue(
        CouponTemplate template, Guid memberId, Guid? campaignId, CouponSource source, string sourceRef,
        DateTimeOffset now)
    {
        var (from, until) = template.ValidityFor(now);
        return new Coupon
        {
            Id = Guid.CreateVersion7(now),
            Code = CouponCodes.New(),
            TemplateId = template.Id,
            MemberId = memberId,
            CampaignId = campaignId,
            Source = source,
            SourceRef = sourceRef,
            FaceValue = template.FaceValue,
            IssuedAt = now,
            ValidFrom = from,
            ValidUntil = until,
            Status = CouponStatus.Active,
        };
    }

    /// <summary>
    /// Whether it was already redeemed for this order (the same order asking again gets the same answer).
    /// </summary>
    public bool WasRedeemedFor(string orderId) => Status == CouponStatus.Redeemed && RedeemedOrderId == orderId;

    /// <summary>
    /// Makes an unused coupon unusable for good (its holder was erased); a redeemed or expired one stays as it is,
    /// since its cost is the campaign's record.
    /// </summary>
    public bool Void(DateTimeOffset now)
    {
        if (Status != CouponStatus.Active)
        {
            return false;
        }

        (Status, VoidedAt) = (CouponStatus.Voided, now);
        return true;
    }

    /// <summary>
    /// Uses the coupon for an order; <paramref name="discount"/> is what <see cref="CouponRules.Check"/> allowed.
    /// </summary>
    public void Redeem(string orderId, string storeId, decimal discount, DateTimeOffset now)
    {
        if (Status != CouponStatus.Active)
        {
            throw new InvalidOperationException($"Coupon {Id} is {Status}; only an active coupon is redeemed.");
        }

        (Status, RedeemedAt, RedeemedOrderId, RedeemedStoreId, DiscountAmount) =
            (CouponStatus.Redeemed, now, orderId, storeId, discount);
    }
}
