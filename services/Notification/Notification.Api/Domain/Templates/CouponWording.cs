using System.Globalization;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>
/// What a coupon gives, worded as a member reads it ({{couponBenefit}}), from the variables the requester sends:
/// couponKind (AmountOff, PercentOff, FreeItem; AmountOff when absent), couponValue, threshold, maxDiscount, giftName.
/// A Chinese member reads 20 % off as 8折 (pay 80 %), an amount off in 元, a free treatment or gift by its name.
/// </summary>
public static class CouponWording
{
    public const string Variable = "couponBenefit";

    /// <summary>
    /// Adds couponBenefit in the language when the variables describe a coupon and do not name it already.
    /// </summary>
    public static void AddBenefit(Dictionary<string, string> variables, string language)
    {
        if (Benefit(variables, language) is { } benefit)
        {
            variables.TryAdd(Variable, benefit);
        }
    }

    /// <summary>The wording in the language, or null when the variables do not describe a coupon.</summary>
    public static string? Benefit(IReadOnlyDictionary<string, string> variables, string language)
    {
        var chinese = language == DefaultTemplates.Chinese;
        var threshold = Amount(variables, "threshold") is > 0m and var t ? t : (decimal?)null;
        var kind = variables.GetValueOrDefault("couponKind")?.Trim();
        if (string.Equals(kind, "FreeItem", StringComparison.OrdinalIgnoreCase))
        {
            return variables.GetValueOrDefault("giftName") is { } gift && !string.IsNullOrWhiteSpace(gift)
                ? chinese ? $"「{gift.Trim()}」免费兑换券" : $"a free {gift.Trim()}"
                : null;
        }

        if (Amount(variables, "couponValue") is not { } value || value <= 0m)
        {
            return null;
        }

        if (string.Equals(kind, "PercentOff", StringComparison.OrdinalIgnoreCase))
        {
            var cap = Amount(variables, "maxDiscount") is > 0m and var c ? c : (decimal?)null;
            var zhe = Number((100m - value) / 10m); // 20 % off = 8折, 15 % off = 8.5折
            return chinese
                ? (threshold is { } tz ? $"满{Number(tz)}元{zhe}折的优惠券" : $"{zhe}折优惠券")
                  + (cap is { } cz ? $"（最高减{Number(cz)}元）" : "")
                : $"{Number(value)}% off" + (threshold is { } te ? $" when you spend {Number(te)} CNY" : "")
                  + (cap is { } ce ? $" (at most {Number(ce)} CNY)" : "");
        }

        return chinese
            ? threshold is { } z ? $"满{Number(z)}元减{Number(value)}元的优惠券" : $"{Number(value)}元优惠券"
            : $"{Number(value)} CNY off" + (threshold is { } e ? $" when you spend {Number(e)} CNY" : "");
    }

    private static decimal? Amount(IReadOnlyDictionary<string, string> variables, string name) =>
        variables.TryGetValue(name, out var text)
        && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;

    private static string Number(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
