using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.IntegrationEvents;
using Loyalty.Campaign.Api.Services;

namespace Loyalty.Campaign.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CampaignDbContext>("campaigndb");
        builder.Services.AddOptions<CampaignOptions>().BindConfiguration("Campaigns");
        builder.Services.AddScoped<CampaignExecutor>();
        builder.Services.AddScoped<CampaignRunner>();
        builder.Services.AddScoped<CampaignTriggers>();
        builder.Services.AddScoped<CampaignScheduler>();
        builder.Services.AddScoped<CappedDeliveryRetry>();
        builder.Services.AddScoped<GrowthTasks>();
        builder.Services.AddScoped<PurchaseIntake>();
        builder.Services.AddScoped<CouponExpiry>();
        builder.Services.AddScoped<CouponIssuer>();
        builder.Services.AddScoped<KpiReport>();
        builder.Services.AddHostedService<CouponExpiryJob>();
        builder.Services.AddHostedService<CampaignSchedulerJob>();
        builder.AddRedis("cache", "campaign");
        builder.AddEventBus<CampaignDbContext>("eventbus", "campaign", typeof(Extensions).Assembly);
    }
}
