using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

/// <summary>
/// The row locks Campaign's use cases take, as LINQ (<see cref="RowLocks"/>). The order, wherever more than one is
/// held: the coupon template, then the campaign's budget shares by ShareKey (campaign runs and staff issues of a
/// template queue instead of deadlocking); a redemption holds only its coupon; a consumer's growth tasks, segment
/// membership or points balance are one member's rows, taken after nothing else.
/// </summary>
internal static class CampaignLocks
{
    /// <summary>
    /// The template, so issues of it (and their per-member limit) are serialised; null when there is none.
    /// </summary>
    public static Task<CouponTemplate?> LockTemplateAsync(
        this CampaignDbContext db, Guid templateId, CancellationToken cancellationToken) =>
        db.CouponTemplates.Where(
            t => t.Id == templateId).ForUpdate().AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>The campaign's budget shares, by ShareKey (the order is the lock order among them).</summary>
    public static Task<List<BudgetShare>> LockBudgetSharesAsync(
        this CampaignDbContext db, Guid campaignId, CancellationToken cancellationToken) =>
        db.BudgetShares.Where(s => s.CampaignId == campaignId).OrderBy(s => s.ShareKey).ForUpdate().AsNoTracking()
            .ToListAsync(cancellationToken);

    /// <summary>The coupon with this code: concurrent redemptions queue on it.</summary>
    public static Task<Coupon?> LockCouponAsync(
        this CampaignDbContext db, string code, CancellationToken cancellationToken) =>
        db.Coupons.Where(c => c.Code == code).ForUpdate().SingleOrDefaultAsync(cancellationToken);

    /// <summary>The member's open growth tasks of a kind, by id.</summary>
    public static Task<List<GrowthTask>> LockOpenGrowthTasksAsync(
        this CampaignDbContext db, Guid memberId, GrowthTaskKind kind, CancellationToken cancellationToken) =>
        db.GrowthTasks.Where(t => t.MemberId == memberId && t.Kind == kind && t.CompletedAt == null).OrderBy(t => t.Id)
            .ForUpdate().ToListAsync(cancellationToken);

    public static Task<SegmentMembership?> LockSegmentMembershipAsync(
        this CampaignDbContext db, Guid memberId, string segmentCode, CancellationToken cancellationToken) =>
        db.Segments.Where(s => s.MemberId == memberId && s.SegmentCode == segmentCode).ForUpdate()
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<PointsBalance?> LockPointsBalanceAsync(
        this CampaignDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.PointsBalances.Where(b => b.MemberId == memberId).ForUpdate().SingleOrDefaultAsync(cancellationToken);
}
