using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.IntegrationEvents;
using Loyalty.Members.Api.Services;

namespace Loyalty.Members.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembersDbContext>("membersdb");
        builder.AddRedis("cache", "members");
        builder.Services.AddScoped<TierReview>();
        builder.Services.AddScoped<MemberImport>();
        builder.Services.AddOptions<TierReviewOptions>().BindConfiguration("TierReview");
        builder.Services.AddHostedService<TierReviewJob>();
        builder.AddEventBus<MembersDbContext>("eventbus", "members", typeof(Extensions).Assembly);
    }
}
