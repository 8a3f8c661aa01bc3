using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");
        builder.AddRedis("cache", "notification");
        builder.AddEventBus<NotificationDbContext>("eventbus", "notification");
    }
}
