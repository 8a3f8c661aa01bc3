namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>What a refund may ask for. Errors are keyed by the request's field names.</summary>
public static class RefundRules
{
    /// <summary>The asked amount's shape: above 0 with at most 2 decimals, or none (a full refund).</summary>
    public static Dictionary<string, string[]> ValidateAmount(decimal? asked) =>
        asked is { } amount && (amount <= 0 || decimal.Round(amount, 2) != amount)
            ? new()
            {
                ["amount"] =
                    ["Refund amount must be above 0 CNY with at most 2 decimals, or left out for a full refund."],
            }
            : [];

    /// <summary>The amount against what is left of the purchase to refund.</summary>
    public static Dictionary<string, string[]> ValidateAgainst(Purchase purchase, decimal amount) =>
        amount > purchase.Refundable
            ? new() { ["amount"] = [$"At most {purchase.Refundable:F2} CNY of this purchase is left to refund."] }
            : [];
}
