using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Jobs;
using Loyalty.ServiceDefaults;

namespace Loyalty.Feedback.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddShiftableClock();
        builder.AddServiceDatabase<FeedbackDbContext>("feedbackdb");
        builder.AddAuditTrail<FeedbackDbContext>();
        builder.AddRedis("cache", "feedback");

        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName);

        builder.Services.AddScoped<KeepMember>();
        builder.Services.AddScoped<KeepConsent>();
        builder.Services.AddScoped<KeepSegmentMembership>();
        builder.Services.AddScoped<InviteMember>();
        builder.Services.AddScoped<InviteAfterPurchase>();
        builder.Services.AddScoped<InviteOnRequest>();
        builder.Services.AddScoped<SendToSegment>();
        builder.Services.AddScoped<SendDueInvitations>();
        builder.Services.AddScoped<SaveSurvey>();
        builder.Services.AddScoped<ChangeSettings>();
        builder.Services.AddScoped<AnswerSurvey>();
        builder.Services.AddScoped<OpenFollowUp>();
        builder.Services.AddScoped<OpenRequestedFollowUp>();
        builder.Services.AddScoped<CreateFollowUp>();
        builder.Services.AddScoped<WorkFollowUp>();
        builder.Services.AddScoped<ReadResults>();
        builder.Services.AddScoped<SeedFeedbackDefaults>();
        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();

        // After the database's migrations (registered above), before the event bus and the sender.
        builder.Services.AddHostedService<SeedDefaults>();
        builder.Services.AddHostedService<InvitationSender>();

        builder.AddEventBus<FeedbackDbContext>("eventbus", "feedback", typeof(Extensions).Assembly);
    }
}
