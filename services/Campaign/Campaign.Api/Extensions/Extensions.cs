using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Jobs;

namespace Loyalty.Campaign.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CampaignDbContext>("campaigndb");
        builder.AddAuditTrail<CampaignDbContext>();
        builder.Services.AddOptions<CampaignOptions>().BindConfiguration("Campaigns");
        builder.Services.AddOptions<CampaignJobOptions>().BindConfiguration("Campaigns");

        // Use cases (Application/), one per scope like the DbContext they share.
        builder.Services.AddScoped<CampaignExecutor>();
        builder.Services.AddScoped<RunCampaign>();
        builder.Services.AddScoped<RunDueCampaigns>();
        builder.Services.AddScoped<RetryCappedDeliveries>();
        builder.Services.AddScoped<FireCampaignTriggers>();
        builder.Services.AddScoped<CreateCampaign>();
        builder.Services.AddScoped<ChangeCampaignStatus>();
        builder.Services.AddScoped<CreateJourney>();
        builder.Services.AddScoped<CreateCouponTemplate>();
        builder.Services.AddScoped<CouponIssuer>();
        builder.Services.AddScoped<IssueCoupon>();
        builder.Services.AddScoped<CheckCoupon>();
        builder.Services.AddScoped<RedeemCoupon>();
        builder.Services.AddScoped<IssuePurchasedCoupon>();
        builder.Services.AddScoped<ExpireCoupons>();
        builder.Services.AddScoped<AdvanceGrowthTasks>();
        builder.Services.AddScoped<PurchaseIntake>();
        builder.Services.AddScoped<FeedbackIntake>();
        builder.Services.AddScoped<FollowMember>();
        builder.Services.AddScoped<FollowSegmentMembership>();
        builder.Services.AddScoped<FollowPointsBalance>();
        builder.Services.AddScoped<KpiReport>();
        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();

        builder.Services.AddHostedService<CouponExpiryJob>();
        builder.Services.AddHostedService<CampaignSchedulerJob>();
        builder.AddRedis("cache", "campaign");
        builder.AddEventBus<CampaignDbContext>("eventbus", "campaign", typeof(Extensions).Assembly);
    }
}
