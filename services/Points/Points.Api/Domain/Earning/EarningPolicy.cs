using Loyalty.Contracts;

namespace Loyalty.Points.Api.Domain.Earning;

/// <summary>
/// The purchase earning rules, kept as data (one row an admin can change without a deploy, always replaced whole, so
/// its values are set once). Evaluated in this order, each step rounding down to whole points:
/// 1. purchase-base    = floor(amount × BaseRatePerCny)
/// 2. tier-multiplier  = floor(base × tier multiplier) − base
///                       (Standard 1.0, Silver 1.2, Gold 1.5, Diamond 2.0)
/// 3. birthday-month   = floor((base + tier) × BirthdayMultiplier) − (base + tier)
///                       (when paid in the member's birth month, Asia/Shanghai)
/// Example: a Gold member paying 1,000.00 CNY in her birthday month earns 1000 + 500 + 1500 = 3000 points.
/// Action bonuses stand apart from purchases, flat amounts: review-bonus, social-share-bonus (at most
/// SocialShareMonthlyCap a calendar month, Asia/Shanghai), survey-bonus, and referral-bonus for the referrer when
/// a referred member makes a first purchase.
/// </summary>
public sealed class EarningPolicy
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public decimal BaseRatePerCny { get; init; } = 1m;

    public decimal StandardMultiplier { get; init; } = 1.0m;

    public decimal SilverMultiplier { get; init; } = 1.2m;

    public decimal GoldMultiplier { get; init; } = 1.5m;

    public decimal DiamondMultiplier { get; init; } = 2.0m;

    public decimal BirthdayMultiplier { get; init; } = 2m;

    public long ReviewBonus { get; init; } = 50;

    public long SocialShareBonus { get; init; } = 20;

    /// <summary>Shares that earn a bonus per calendar month; more shares earn nothing.</summary>
    public int SocialShareMonthlyCap { get; init; } = 4;

    public long SurveyBonus { get; init; } = 30;

    /// <summary>For the referrer, when the referred member makes a first purchase.</summary>
    public long ReferralBonus { get; init; } = 200;

    /// <summary>How long an earned lot lives before it expires.</summary>
    public int LotLifetimeMonths { get; init; } = 12;

    public decimal MultiplierFor(Tier tier) => tier switch
    {
        Tier.Silver => SilverMultiplier,
        Tier.Gold => GoldMultiplier,
        Tier.Diamond => DiamondMultiplier,
        _ => StandardMultiplier,
    };

    /// <summary>The points a purchase earns, rule by rule; rules that give nothing are left out.</summary>
    public IReadOnlyList<EarnedPoints> EarnForPurchase(decimal amount, Tier tier, bool inBirthdayMonth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var earned = new List<EarnedPoints>(3);
        var basePoints = (long)decimal.Floor(amount * BaseRatePerCny);
        Add(EarningRuleCodes.PurchaseBase, basePoints);

        var withTier = (long)decimal.Floor(basePoints * MultiplierFor(tier));
        Add(EarningRuleCodes.TierMultiplier, withTier - basePoints);

        if (inBirthdayMonth)
        {
            Add(EarningRuleCodes.BirthdayMonth, (long)decimal.Floor(withTier * BirthdayMultiplier) - withTier);
        }

        return earned;

        void Add(string rule, long points)
        {
            if (points > 0)
            {
                earned.Add(new EarnedPoints(rule, points));
            }
        }
    }

    /// <summary>
    /// The bonus an action earns: null when it earns nothing — a zero bonus, or a social share past the monthly cap
    /// (<paramref name="earlierSharesThisMonth"/> counts the shares already rewarded this month).
    /// </summary>
    public EarnedPoints? BonusFor(PointsAction action, int earlierSharesThisMonth)
    {
        var (rule, points) = action switch
        {
            PointsAction.Review => (EarningRuleCodes.ReviewBonus, ReviewBonus),
            PointsAction.SocialShare when earlierSharesThisMonth < SocialShareMonthlyCap =>
                (EarningRuleCodes.SocialShareBonus, SocialShareBonus),
            PointsAction.SocialShare => (EarningRuleCodes.SocialShareBonus, 0L),
            PointsAction.Survey => (EarningRuleCodes.SurveyBonus, SurveyBonus),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
        };
        return points > 0 ? new EarnedPoints(rule, points) : null;
    }

    /// <summary>Every field a clinic chain may set, checked before an admin's change is saved.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (BaseRatePerCny is < 0 or > 100)
        {
            errors["baseRatePerCny"] = ["Base rate must be between 0 and 100 points per CNY."];
        }

        foreach (var (field, value) in new[]
                 {
                     ("standardMultiplier", StandardMultiplier), ("silverMultiplier", SilverMultiplier),
                     ("goldMultiplier", GoldMultiplier), ("diamondMultiplier", DiamondMultiplier),
                     ("birthdayMultiplier", BirthdayMultiplier),
                 })
        {
            if (value is < 1 or > 10)
            {
                errors[field] = ["Multipliers must be between 1 and 10."];
            }
        }

        foreach (var (field, value) in new[]
                 {
                     ("reviewBonus", ReviewBonus), ("socialShareBonus", SocialShareBonus), ("surveyBonus", SurveyBonus),
                     ("referralBonus", ReferralBonus),
                 })
        {
            if (value is < 0 or > 100_000)
            {
                errors[field] = ["Bonuses must be between 0 and 100,000 points."];
            }
        }

        if (SocialShareMonthlyCap is < 0 or > 100)
        {
            errors["socialShareMonthlyCap"] = ["The monthly social-share cap must be between 0 and 100."];
        }

        if (LotLifetimeMonths is < 1 or > 120)
        {
            errors["lotLifetimeMonths"] = ["Lots must live between 1 and 120 months."];
        }

        return errors;
    }
}
