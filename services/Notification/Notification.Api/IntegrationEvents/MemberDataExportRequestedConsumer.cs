using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("answers with Notification's part of her export: messages, contact copy (phone masked), consents")]
public sealed class MemberDataExportRequestedConsumer(
    NotificationDbContext db,
    ExportMemberData export,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        export.HandleAsync(request, cancellationToken);
}
