using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CampaignDbContext>("campaigndb");
        builder.AddRedis("cache", "campaign");
        builder.AddEventBus<CampaignDbContext>("eventbus", "campaign");
    }
}
