namespace Loyalty.Points.Api.Domain.Earning;

/// <summary>Rule codes written on ledger entries, in the order the rules are evaluated.</summary>
public static class EarningRuleCodes
{
    public const string PurchaseBase = "purchase-base";
    public const string TierMultiplier = "tier-multiplier";
    public const string BirthdayMonth = "birthday-month";
    public const string ReviewBonus = "review-bonus";
    public const string SocialShareBonus = "social-share-bonus";
    public const string SurveyBonus = "survey-bonus";
    public const string ReferralBonus = "referral-bonus";

    private static readonly string[] Order =
        [PurchaseBase, TierMultiplier, BirthdayMonth, ReviewBonus, SocialShareBonus, SurveyBonus, ReferralBonus];

    /// <summary>Where a rule stands in the evaluation order (unknown codes last).</summary>
    public static int Rank(string ruleCode) => Array.IndexOf(Order, ruleCode) is var i and >= 0 ? i : Order.Length;
}
