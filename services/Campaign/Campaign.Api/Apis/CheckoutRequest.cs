using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A coupon presented at checkout with the basket, to see what it gives (nothing changes).</summary>
/// <param name="Code">The coupon's 12-character code (case, spaces and dashes do not matter).</param>
/// <param name="StoreId">The store where the basket is paid.</param>
/// <param name="Amount">The basket total in CNY (0 or more).</param>
/// <param name="Items">The basket's lines (category and amount), for coupons limited to categories.</param>
/// <param name="MemberId">The paying member; when given, a coupon of another member is refused (not-yours).</param>
/// <param name="ExternalOrderId">The till's order id; validation ignores it.</param>
public sealed record CheckoutRequest(
    string? Code, string? StoreId, decimal? Amount, IReadOnlyList<BasketLine>? Items = null, Guid? MemberId = null,
    string? ExternalOrderId = null)
    : IRequestExample<CheckoutRequest>
{
    public static CheckoutRequest Example { get; } =
        new("7KQ2-M9PX-4HRT", "SH-JINGAN-01", 680m, [new BasketLine("laser", 680m)], OpenApiExamples.MemberId);

    public Dictionary<string, string[]> Validate(bool redeeming)
    {
        var errors = new Dictionary<string, string[]>();
        if (CouponCodes.Normalize(Code).Length != CouponCodes.Length)
        {
            errors["code"] = [$"code is the coupon's {CouponCodes.Length}-character code."];
        }

        if (string.IsNullOrWhiteSpace(StoreId) || StoreId.Length > 64)
        {
            errors["storeId"] = ["storeId is required (at most 64 characters)."];
        }

        if (Amount is not >= 0m)
        {
            errors["amount"] = ["amount is the basket total in CNY (0 or more)."];
        }

        if (Items?.Any(i => i is null || string.IsNullOrWhiteSpace(i.Category) || i.Amount < 0m) == true)
        {
            errors["items"] = ["Each item needs a category and an amount of 0 or more."];
        }

        if (redeeming && (string.IsNullOrWhiteSpace(ExternalOrderId) || ExternalOrderId.Length > 64))
        {
            errors["externalOrderId"] = ["externalOrderId is required to redeem (at most 64 characters)."];
        }

        return errors;
    }

    public Basket ToBasket() => new(StoreId!.Trim(), Amount!.Value, Items ?? []);
}
