using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Infrastructure.Providers;
using Loyalty.Notification.Api.Jobs;
using Microsoft.AspNetCore.DataProtection;

namespace Loyalty.Notification.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");
        builder.AddAuditTrail<NotificationDbContext>();
        builder.AddRedis("cache", "notification");

        builder.AddPersonalDataProtection();

        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName);
        builder.Services.AddOptions<ProviderOptions>().BindConfiguration(ProviderOptions.SectionName);
        builder.Services.AddSingleton<PersonalDataProtector>();
        builder.Services.AddSingleton<FrequencyCap>();
        builder.Services.AddSingleton<INotificationProvider, LocalCaptureProvider>();
        builder.Services.AddSingleton<INotificationProvider, HttpProvider>();
        builder.Services.AddSingleton<INotificationProvider, SmtpProvider>();
        builder.Services.AddSingleton<ProviderSelector>();

        builder.Services.AddScoped<QueueNotification>();
        builder.Services.AddScoped<DispatchDueMessages>();
        builder.Services.AddScoped<EditTemplate>();
        builder.Services.AddScoped<PreviewTemplate>();
        builder.Services.AddScoped<KeepMemberContact>();
        builder.Services.AddScoped<KeepConsent>();
        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();
        builder.Services.AddScoped<ClearOldMessageContent>();
        builder.Services.AddOptions<MessageRetentionOptions>().BindConfiguration(MessageRetentionOptions.SectionName);
        builder.Services.AddHostedService<MessageRetentionJob>();

        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddHostedService<NotificationDispatcher>();

        builder.AddEventBus<NotificationDbContext>("eventbus", "notification", typeof(Extensions).Assembly);
    }
}
