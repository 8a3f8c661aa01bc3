using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Follows the member's points balance (BalanceAfter) for the points liability, and issues the coupon a member bought with
/// points (CouponTemplateId set): one per redemption (SourceRef "points:{LedgerEntryId}"), Source Points, the per-member
/// limit not applied (it is paid for). An unknown template or one whose validity has ended throws: the event is redelivered,
/// then lands in the error queue for operations (the points are spent; they refund or fix the template and move it back).
/// </summary>
public sealed class PointsRedeemedConsumer(CampaignDbContext db, CouponIssuer issuer, TimeProvider timeProvider, ILogger<PointsRedeemedConsumer> logger)
    : IdempotentConsumer<PointsRedeemed, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PointsRedeemed points, CancellationToken cancellationToken)
    {
        await PointsBalances.ApplyAsync(DbContext, points.MemberId, points.BalanceAfter, points.OccurredAt, cancellationToken);
        if (points.CouponTemplateId is not { } templateId)
        {
            return;
        }

        var sourceRef = $"points:{points.LedgerEntryId:N}";
        if (await DbContext.Coupons.AnyAsync(c => c.SourceRef == sourceRef, cancellationToken))
        {
            return;
        }

        var template = await DbContext.CouponTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw new InvalidOperationException($"Points redemption {points.LedgerEntryId} bought coupon template {templateId}, which does not exist.");
        var now = TimeProvider.GetUtcNow();
        if (template.ValidityFor(now).Until <= now)
        {
            throw new InvalidOperationException($"Points redemption {points.LedgerEntryId} bought coupon template {templateId}, whose validity has ended.");
        }

        issuer.Issue(template, points.MemberId, CouponSource.Points, sourceRef, now);
    }
}
