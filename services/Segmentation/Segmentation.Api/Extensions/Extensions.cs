using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Jobs;

namespace Loyalty.Segmentation.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SegmentationDbContext>("segmentationdb");
        builder.AddAuditTrail<SegmentationDbContext>();
        builder.AddRedis("cache", "segmentation");
        builder.Services.AddOptions<SegmentationOptions>().BindConfiguration("Segmentation");
        builder.Services.AddScoped<MemberRecompute>();
        builder.Services.AddScoped<FullRecompute>();
        builder.Services.AddScoped<ModelRefit>();
        builder.Services.AddScoped<RefitModelsNow>();
        builder.Services.AddScoped<ModelInputs>();
        builder.Services.AddScoped<NightlyRecompute>();
        builder.Services.AddScoped<RuleSegments>();
        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();
        builder.Services.AddHostedService<NightlyRecomputeJob>();
        builder.AddEventBus<SegmentationDbContext>("eventbus", "segmentation", typeof(Extensions).Assembly);
    }
}
