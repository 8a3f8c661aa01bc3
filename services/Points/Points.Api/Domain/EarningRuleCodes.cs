namespace Loyalty.Points.Api.Domain;

/// <summary>Rule codes written on ledger entries, in the order the rules are evaluated.</summary>
public static class EarningRuleCodes
{
    public const string PurchaseBase = "purchase-base";
    public const string TierMultiplier = "tier-multiplier";
    public const string BirthdayMonth = "birthday-month";
}
