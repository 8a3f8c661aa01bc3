using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("answers with Feedback's part: her invitations, answers with their free text, follow-ups with notes")]
public sealed class MemberDataExportRequestedConsumer(
    FeedbackDbContext db,
    ExportMemberData exportMemberData,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        exportMemberData.HandleAsync(request, cancellationToken);
}
