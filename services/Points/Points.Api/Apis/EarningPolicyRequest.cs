using Loyalty.Points.Api.Domain.Earning;
using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>
/// The whole earning policy, replaced at once; a rule left out takes its factory default (shown below).
/// </summary>
/// <param name="BaseRatePerCny">Points per CNY paid (0 to 100; default 1).</param>
/// <param name="StandardMultiplier">The Standard tier's multiplier (1 to 10; default 1.0).</param>
/// <param name="SilverMultiplier">The Silver tier's multiplier (1 to 10; default 1.2).</param>
/// <param name="GoldMultiplier">The Gold tier's multiplier (1 to 10; default 1.5).</param>
/// <param name="DiamondMultiplier">The Diamond tier's multiplier (1 to 10; default 2.0).</param>
/// <param name="BirthdayMultiplier">
/// The multiplier in the member's birth month, Asia/Shanghai (1 to 10; default 2).
/// </param>
/// <param name="ReviewBonus">Points for a review (0 to 100,000; default 50).</param>
/// <param name="SocialShareBonus">Points for a social share (0 to 100,000; default 20).</param>
/// <param name="SocialShareMonthlyCap">Shares that earn a bonus per calendar month (0 to 100; default 4).</param>
/// <param name="SurveyBonus">Points for a survey (0 to 100,000; default 30).</param>
/// <param name="ReferralBonus">
/// Points for the referrer on the referred member's first purchase (0 to 100,000; default 200).
/// </param>
/// <param name="LotLifetimeMonths">Months an earned lot lives before it expires (1 to 120; default 12).</param>
public sealed record EarningPolicyRequest(
    decimal BaseRatePerCny = 1m,
    decimal StandardMultiplier = 1.0m,
    decimal SilverMultiplier = 1.2m,
    decimal GoldMultiplier = 1.5m,
    decimal DiamondMultiplier = 2.0m,
    decimal BirthdayMultiplier = 2m,
    long ReviewBonus = 50,
    long SocialShareBonus = 20,
    int SocialShareMonthlyCap = 4,
    long SurveyBonus = 30,
    long ReferralBonus = 200,
    int LotLifetimeMonths = 12)
    : IRequestExample<EarningPolicyRequest>
{
    // The factory defaults: sending the example changes nothing a client relies on.
    public static EarningPolicyRequest Example { get; } = new();

    /// <summary>The rules as the domain validates and applies them.</summary>
    public EarningPolicy ToPolicy() => new()
    {
        BaseRatePerCny = BaseRatePerCny, StandardMultiplier = StandardMultiplier, SilverMultiplier = SilverMultiplier,
        GoldMultiplier = GoldMultiplier, DiamondMultiplier = DiamondMultiplier, BirthdayMultiplier = BirthdayMultiplier,
        ReviewBonus = ReviewBonus, SocialShareBonus = SocialShareBonus, SocialShareMonthlyCap = SocialShareMonthlyCap,
        SurveyBonus = SurveyBonus, ReferralBonus = ReferralBonus, LotLifetimeMonths = LotLifetimeMonths,
    };
}

/// <summary>
/// The earning rules in force (applied in the order base, tier multiplier, birthday month; each rounds down).
/// </summary>
/// <param name="BaseRatePerCny">Points per CNY paid.</param>
/// <param name="StandardMultiplier">The Standard tier's multiplier.</param>
/// <param name="SilverMultiplier">The Silver tier's multiplier.</param>
/// <param name="GoldMultiplier">The Gold tier's multiplier.</param>
/// <param name="DiamondMultiplier">The Diamond tier's multiplier.</param>
/// <param name="BirthdayMultiplier">The multiplier in the member's birth month (Asia/Shanghai).</param>
/// <param name="ReviewBonus">Points for a review.</param>
/// <param name="SocialShareBonus">Points for a social share.</param>
/// <param name="SocialShareMonthlyCap">Shares that earn a bonus per calendar month.</param>
/// <param name="SurveyBonus">Points for a survey.</param>
/// <param name="ReferralBonus">Points for the referrer on the referred member's first purchase.</param>
/// <param name="LotLifetimeMonths">Months an earned lot lives before it expires.</param>
public sealed record EarningPolicyResponse(
    decimal BaseRatePerCny,
    decimal StandardMultiplier,
    decimal SilverMultiplier,
    decimal GoldMultiplier,
    decimal DiamondMultiplier,
    decimal BirthdayMultiplier,
    long ReviewBonus,
    long SocialShareBonus,
    int SocialShareMonthlyCap,
    long SurveyBonus,
    long ReferralBonus,
    int LotLifetimeMonths)
{
    public static EarningPolicyResponse From(EarningPolicy p) => new(
        p.BaseRatePerCny, p.StandardMultiplier, p.SilverMultiplier, p.GoldMultiplier, p.DiamondMultiplier,
        p.BirthdayMultiplier, p.ReviewBonus, p.SocialShareBonus, p.SocialShareMonthlyCap, p.SurveyBonus,
        p.ReferralBonus, p.LotLifetimeMonths);
}
