using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Jobs;
using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddShiftableClock();
        builder.AddServiceDatabase<MembersDbContext>("membersdb");
        builder.AddAuditTrail<MembersDbContext>();
        builder.AddRedis("cache", "members");

        builder.Services.AddScoped<RegisterMember>();
        builder.Services.AddScoped<EditProfile>();
        builder.Services.AddScoped<ChangeConsent>();
        builder.Services.AddScoped<SetTierThresholds>();
        builder.Services.AddScoped<ImportMembers>();
        builder.Services.AddScoped<SubmitMemberImport>();
        builder.Services.AddScoped<RunMemberImportJobs>();
        builder.Services.AddSingleton<ImportFileCache>();
        builder.Services.AddSingleton<MemberImportSignal>();
        builder.Services.AddHostedService<MemberImportWorker>();
        builder.Services.AddScoped<RecordPurchase>();
        builder.Services.AddScoped<RecordRefund>();
        builder.Services.AddScoped<ReviewTiers>();

        builder.Services.AddOptions<TierReviewOptions>().BindConfiguration("TierReview");
        builder.Services.AddHostedService<TierReviewJob>();

        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();
        builder.Services.AddScoped<RequestMemberData>();
        builder.Services.AddScoped<ConfirmErasure>();
        builder.Services.AddScoped<DeclineErasure>();
        builder.Services.AddScoped<RecordExportPart>();
        builder.Services.AddScoped<RecordErasure>();
        builder.Services.AddScoped<DownloadArchive>();
        builder.Services.AddScoped<ApplyRetentionPolicy>();
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration("Privacy");
        builder.Services.AddHostedService<RetentionJob>();
        builder.AddEventBus<MembersDbContext>("eventbus", "members", typeof(Extensions).Assembly);
    }
}
