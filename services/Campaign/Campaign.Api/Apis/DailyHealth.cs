namespace Loyalty.Campaign.Api.Apis;

/// <summary>A running campaign's health as of the end of a day (参与率, 权益使用率, 复购率, 客单价) over the members it reached so far.</summary>
public sealed record DailyHealth(Guid CampaignId, string Name, DateOnly Date, int Reach, double? ParticipationRate, double? BenefitUseRate, double? RepurchaseRate, decimal? AverageOrderValue);
