using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Jobs;

namespace Loyalty.Points.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PointsDbContext>("pointsdb");
        builder.AddAuditTrail<PointsDbContext>();
        builder.AddUseCases();
        builder.Services.AddOptions<ExpiryOptions>().BindConfiguration("Expiry");
        builder.AddRedis("cache", "points");
        builder.Services.AddHostedService<PointsExpiryJob>();
        builder.AddEventBus<PointsDbContext>("eventbus", "points", typeof(Extensions).Assembly);
    }

    /// <summary>Application/: the runner, the posting of points, and one scoped class per use case.</summary>
    private static void AddUseCases(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PointsTransactions>();
        services.AddScoped<PointsPosting>();
        services.AddScoped<RecordPurchase>();
        services.AddScoped<RefundPurchase>();
        services.AddScoped<RedeemPoints>();
        services.AddScoped<RecordAction>();
        services.AddScoped<AdjustPoints>();
        services.AddScoped<AddCatalogItem>();
        services.AddScoped<ChangeCatalogItem>();
        services.AddScoped<ChangeEarningPolicy>();
        services.AddScoped<OpenAccount>();
        services.AddScoped<GrantPoints>();
        services.AddScoped<RewardReferral>();
        services.AddScoped<RewardSurveyAnswer>();
        services.AddScoped<PointsExpiry>();
        services.AddScoped<FollowMemberProfile>();
        services.AddScoped<ExportMemberData>();
        services.AddScoped<EraseMember>();
    }
}
