using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>
/// Hands the purchase to <see cref="RecordPurchase"/>; a purchase of an unknown member is impossible.
/// </summary>
[Description("adds the purchase to rolling spend, upgrades the tier, qualifies a referral on the first purchase")]
public sealed class PurchaseRecordedConsumer(
    MembersDbContext db,
    RecordPurchase recordPurchase,
    TimeProvider timeProvider,
    ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, MembersDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        if (await recordPurchase.HandleAsync(purchase, cancellationToken) is RecordPurchase.Outcome.UnknownMember)
        {
            throw Impossible(purchase, "memberId is not a member");
        }
    }
}
