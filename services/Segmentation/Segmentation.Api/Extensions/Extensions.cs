using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SegmentationDbContext>("segmentationdb");
        builder.AddRedis("cache", "segmentation");
        builder.AddEventBus<SegmentationDbContext>("eventbus", "segmentation");
    }
}
