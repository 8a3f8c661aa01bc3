using System.Text.RegularExpressions;

namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>Validation of a recorded purchase. Errors are keyed by the request's field names.</summary>
public static partial class PurchaseRules
{
    public const decimal MaxAmount = 1_000_000m;

    public const int MaxAdvisorIdLength = 64;

    /// <summary>POS clocks drift; a payment a little in the future is accepted, more is a mistake.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public static (ValidatedPurchase? Purchase, Dictionary<string, string[]> Errors) Validate(
        PurchaseRecording input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var orderId = input.ExternalOrderId?.Trim();
        if (string.IsNullOrEmpty(orderId) || !OrderIdPattern().IsMatch(orderId))
        {
            errors["externalOrderId"] = ["External order id is required: 1–64 letters, digits or - _ . :"];
        }

        if (input.MemberId is null || input.MemberId == Guid.Empty)
        {
            errors["memberId"] = ["Member id is required."];
        }

        var store = input.StoreId?.Trim();
        if (string.IsNullOrEmpty(store) || !StoreIdPattern().IsMatch(store))
        {
            errors["storeId"] = ["Store is required: 2–32 letters, digits or dashes, e.g. SH-JINGAN-01."];
        }

        if (input.Amount is not { } amount || amount <= 0 || amount > MaxAmount || !IsCents(amount))
        {
            errors["amount"] =
                [$"Amount is required: CNY above 0 and at most {MaxAmount:N0}, with at most 2 decimals."];
        }

        if (input.Items is not { Count: > 0 } items)
        {
            errors["items"] = ["At least one item is required."];
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item is null || string.IsNullOrWhiteSpace(item.Sku) || item.Sku.Length > 64)
                {
                    errors[$"items[{i}].sku"] = ["SKU is required (at most 64 characters)."];
                    continue;
                }

                if (string.IsNullOrWhiteSpace(item.Category) || item.Category.Length > 32)
                {
                    errors[$"items[{i}].category"] = ["Category is required, e.g. injectables, laser, skincare, body."];
                }

                if (item.Quantity < 1)
                {
                    errors[$"items[{i}].quantity"] = ["Quantity must be at least 1."];
                }

                if (item.Amount < 0 || !IsCents(item.Amount))
                {
                    errors[$"items[{i}].amount"] = ["Item amount must be 0 or more, with at most 2 decimals."];
                }
            }

            var linesValid = !errors.Keys.Any(k => k.StartsWith("items", StringComparison.Ordinal));
            if (linesValid && input.Amount is { } total && items.Sum(i => i.Amount) != total)
            {
                errors["items"] =
                    [$"Item amounts add up to {items.Sum(i => i.Amount):F2}, not the purchase amount {total:F2}."];
            }
        }

        if (input.PaidAt is not { } paidAt)
        {
            errors["paidAt"] = ["Paid-at time is required (ISO 8601 with offset)."];
        }
        else if (paidAt > now + AllowedClockSkew)
        {
            errors["paidAt"] = ["Paid-at time cannot be in the future."];
        }

        var couponCodes = CouponCodesOf(input.CouponCodes, errors);
        var advisor = input.AdvisorId?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        if (advisor?.Length > MaxAdvisorIdLength)
        {
            errors["advisorId"] = [$"Advisor id is at most {MaxAdvisorIdLength} characters (the POS's staff code)."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var lines = input.Items!
            .Select(i => i with { Sku = i.Sku.Trim(), Category = i.Category.Trim().ToLowerInvariant() }).ToArray();
        var purchase = new ValidatedPurchase(
            orderId!, input.MemberId!.Value, store!.ToUpperInvariant(), input.Amount!.Value, lines, input.PaidAt!.Value)
        {
            CouponCodes = couponCodes,
            AdvisorId = advisor,
        };
        return (purchase, errors);
    }

    public const int MaxCouponCodes = 5;

    /// <summary>
    /// The coupon codes normalised as Campaign reads them (upper case, spaces and dashes dropped): each 12 characters
    /// of Campaign's code alphabet, no code twice, at most <see cref="MaxCouponCodes"/>. Errors under "couponCodes".
    /// </summary>
    private static string[] CouponCodesOf(IReadOnlyList<string?>? codes, Dictionary<string, string[]> errors)
    {
        if (codes is null)
        {
            return [];
        }

        var normalised = codes.Select(Normalise).ToArray();
        if (normalised.Length > MaxCouponCodes)
        {
            errors["couponCodes"] = [$"At most {MaxCouponCodes} coupon codes per purchase."];
        }
        else if (normalised.Select((code, i) => (code, i)).FirstOrDefault(c => !CouponCodePattern().IsMatch(c.code))
                 is { code: not null } bad)
        {
            errors[$"couponCodes[{bad.i}]"] =
                ["A coupon code is 12 letters and digits as printed on the coupon (no 0, O, 1, I or L)."];
        }
        else if (normalised.Distinct(StringComparer.Ordinal).Count() != normalised.Length)
        {
            errors["couponCodes"] = ["Each coupon code once."];
        }

        return normalised;
    }

    private static string Normalise(string? code) =>
        new((code ?? "").Where(ch => ch is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());

    private static bool IsCents(decimal amount) => decimal.Round(amount, 2) == amount;

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex OrderIdPattern();

    [GeneratedRegex("^[A-Za-z0-9-]{2,32}$")]
    private static partial Regex StoreIdPattern();

    [GeneratedRegex("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$")]
    private static partial Regex CouponCodePattern();
}
