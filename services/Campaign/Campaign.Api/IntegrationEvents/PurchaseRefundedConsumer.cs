using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Takes a refund off the purchase's revenue; a refund that overtakes its purchase is retried until the purchase is
/// known.
/// </summary>
[Description("takes the refund off the purchase's revenue for KPIs")]
public sealed class PurchaseRefundedConsumer(
    CampaignDbContext db, PurchaseIntake intake, TimeProvider timeProvider, ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken) =>
        intake.RefundAsync(refund, cancellationToken);
}
