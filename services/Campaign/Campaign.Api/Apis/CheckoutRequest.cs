using Loyalty.Campaign.Api.Domain;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A coupon presented at checkout with the basket; ExternalOrderId is required to redeem (the idempotency key).</summary>
public sealed record CheckoutRequest(string? Code, string? StoreId, decimal? Amount, IReadOnlyList<BasketLine>? Items, Guid? MemberId, string? ExternalOrderId)
{
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
