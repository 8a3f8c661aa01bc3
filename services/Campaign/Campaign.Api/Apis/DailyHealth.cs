using Loyalty.Campaign.Api.Application;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// A running campaign's health as of the end of a day (参与率, 权益使用率, 复购率, 客单价) over the members it reached so far.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Name">The campaign's name.</param>
/// <param name="Date">The day (clinic calendar, Asia/Shanghai) the figures are as of.</param>
/// <param name="Reach">Members reached so far (treated).</param>
/// <param name="ParticipationRate">参与率: share of reached members who acted (0.25 = 25 %); null without reach.</param>
/// <param name="BenefitUseRate">权益使用率: share of issued coupons redeemed; null without coupons.</param>
/// <param name="RepurchaseRate">复购率: share of reached members who bought after being reached; null without
/// reach.</param>
/// <param name="AverageOrderValue">客单价: the average purchase of reached members after being reached, in CNY; null
/// without purchases.</param>
public sealed record DailyHealth(
    Guid CampaignId, string Name, DateOnly Date, int Reach, double? ParticipationRate, double? BenefitUseRate,
    double? RepurchaseRate, decimal? AverageOrderValue)
{
    public static DailyHealth Of(CampaignHealth health, DateOnly date)
    {
        var k = health.Kpis;
        return new(
            health.Campaign.Id, health.Campaign.Name, date, k.Reach, k.ParticipationRate, k.CouponRedemptionRate,
            k.RepurchaseRateTreated, k.AverageOrderValue);
    }
}
