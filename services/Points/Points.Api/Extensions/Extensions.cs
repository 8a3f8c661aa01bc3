using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.IntegrationEvents;
using Loyalty.Points.Api.Services;

namespace Loyalty.Points.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PointsDbContext>("pointsdb");
        builder.Services.AddScoped<PointsPosting>();
        builder.Services.AddScoped<PointsExpiry>();
        builder.Services.AddOptions<ExpiryOptions>().BindConfiguration("Expiry");
        builder.AddRedis("cache", "points");
        builder.Services.AddHostedService<PointsExpiryJob>();
        builder.AddEventBus<PointsDbContext>("eventbus", "points", typeof(Extensions).Assembly);
    }
}
