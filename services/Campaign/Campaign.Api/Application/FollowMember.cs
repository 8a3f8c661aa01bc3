using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Keeps the Campaign service's copy of a member from Members' events, inside the consumer's transaction, and does
/// what those events start here: a referred registration counts for the referrer's invite-friends growth tasks, a
/// tier upgrade fires the TierUpgraded campaigns.
/// </summary>
public sealed class FollowMember(CampaignDbContext db, AdvanceGrowthTasks growthTasks, FireCampaignTriggers triggers)
{
    /// <summary>A registration redelivered after her erasure keeps nothing and counts for no referrer again.</summary>
    public async Task RegisteredAsync(MemberRegistered registered, CancellationToken cancellationToken)
    {
        if (await db.IsErasedAsync(registered.MemberId, cancellationToken))
        {
            return;
        }

        if (!await db.Members.AnyAsync(m => m.MemberId == registered.MemberId, cancellationToken))
        {
            db.Members.Add(KnownMember.Registered(
                registered.MemberId, registered.HomeStoreId, registered.BirthDate.Month, registered.RegisteredAt));
        }

        if (registered.ReferredByMemberId is { } referrer && referrer != registered.MemberId)
        {
            await growthTasks.ReferralAsync(
                referrer, registered.MemberId, registered.RegisteredAt.ToUniversalTime(), cancellationToken);
        }
    }

    /// <summary>
    /// An update that overtakes the registration throws, so it is redelivered until the member is known; one about an
    /// erased member brings nothing back.
    /// </summary>
    public async Task ProfileUpdatedAsync(MemberProfileUpdated updated, CancellationToken cancellationToken)
    {
        if (await db.IsErasedAsync(updated.MemberId, cancellationToken))
        {
            return;
        }

        var member = await db.Members.SingleOrDefaultAsync(m => m.MemberId == updated.MemberId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Member {updated.MemberId} is not known yet; the update will be redelivered.");
        member.UpdateProfile(updated.HomeStoreId, updated.BirthDate.Month);
    }

    /// <summary>
    /// Kept for the tier upgrade rate; an upgrade fires TierUpgraded campaigns once per member and tier reached.
    /// </summary>
    public async Task TierChangedAsync(MemberTierChanged changed, CancellationToken cancellationToken)
    {
        var upgrade = changed.ToTier > changed.FromTier;
        db.TierChanges.Add(TierChange.Heard(changed.EventId, changed.MemberId, upgrade, changed.OccurredAt));
        if (upgrade)
        {
            var variables = new Dictionary<string, string> { ["tier"] = changed.ToTier.ToString() };
            await triggers.FireAsync(
                CampaignTrigger.TierUpgraded, null, changed.MemberId, "tier-upgrade:" + changed.ToTier, variables,
                cancellationToken, changed.OccurredAt);
        }
    }
}
