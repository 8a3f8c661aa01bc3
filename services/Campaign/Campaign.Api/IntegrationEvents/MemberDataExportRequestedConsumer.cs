using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Privacy;

namespace Loyalty.Campaign.Api.IntegrationEvents;

[Description("answers with Campaign's part: her coupons, campaign deliveries and growth tasks")]
public sealed class MemberDataExportRequestedConsumer(
    CampaignDbContext db,
    ExportMemberData exportMemberData,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        exportMemberData.HandleAsync(request, cancellationToken);
}
