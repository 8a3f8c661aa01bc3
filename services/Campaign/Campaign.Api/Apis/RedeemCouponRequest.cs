using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A coupon redeemed against an order; the same order again gets the same answer.</summary>
/// <param name="Code">The coupon's 12-character code (case, spaces and dashes do not matter).</param>
/// <param name="StoreId">The store where the order is paid.</param>
/// <param name="Amount">The basket total in CNY (0 or more).</param>
/// <param name="ExternalOrderId">The till's order id (at most 64 characters): the idempotency key.</param>
/// <param name="Items">The basket's lines (category and amount), for coupons limited to categories.</param>
/// <param name="MemberId">The paying member; when given, a coupon of another member is refused (not-yours).</param>
public sealed record RedeemCouponRequest(
    string? Code, string? StoreId, decimal? Amount, string? ExternalOrderId, IReadOnlyList<BasketLine>? Items = null,
    Guid? MemberId = null)
    : IRequestExample<RedeemCouponRequest>
{
    public static RedeemCouponRequest Example { get; } = new(
        CheckoutRequest.Example.Code, CheckoutRequest.Example.StoreId, CheckoutRequest.Example.Amount,
        "POS-20261201-0042", CheckoutRequest.Example.Items, CheckoutRequest.Example.MemberId);

    public CheckoutRequest ToCheckout() => new(Code, StoreId, Amount, Items, MemberId, ExternalOrderId);
}
