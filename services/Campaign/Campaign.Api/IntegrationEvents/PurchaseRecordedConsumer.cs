using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Keeps a copy of each purchase for the KPIs (repurchase, AOV, revenue), counts it towards growth tasks and fires
/// first-purchase campaigns.
/// </summary>
[Description("keeps the purchase for KPIs, counts it for growth tasks and fires first-purchase campaigns")]
public sealed class PurchaseRecordedConsumer(
    CampaignDbContext db, PurchaseIntake intake, TimeProvider timeProvider, ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken) =>
        intake.RecordAsync(purchase, cancellationToken);
}
