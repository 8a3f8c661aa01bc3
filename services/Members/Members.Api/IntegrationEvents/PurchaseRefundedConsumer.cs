using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>
/// Hands the refund to <see cref="RecordRefund"/>. A refund that overtook its purchase fails and is redelivered until
/// the purchase is here; one of an unknown member is impossible.
/// </summary>
[Description("takes the refund off rolling spend (downgrades wait for the anniversary review)")]
public sealed class PurchaseRefundedConsumer(
    MembersDbContext db, RecordRefund recordRefund, TimeProvider timeProvider, ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, MembersDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        switch (await recordRefund.HandleAsync(refund, cancellationToken))
        {
            case RecordRefund.Outcome.UnknownMember:
                throw Impossible(refund, "memberId is not a member");
            case RecordRefund.Outcome.PurchaseNotYetHere:
                throw new InvalidOperationException(
                    $"Refund of purchase {refund.PurchaseId} arrived before the purchase; it will be redelivered.");
        }
    }
}
