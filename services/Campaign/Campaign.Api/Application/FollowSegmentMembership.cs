using System.Globalization;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.Contracts.Segmentation;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Keeps the copy of a member's membership of a segment from SegmentEntered/SegmentLeft, inside the consumer's
/// transaction (the row is locked so two events queue), and fires the campaigns triggered by entering the segment
/// (e.g. the dormant wake-up).
/// </summary>
public sealed class FollowSegmentMembership(CampaignDbContext db, FireCampaignTriggers triggers)
{
    /// <summary>
    /// The run key is the clinic date of the entry, so the same entry heard twice (even as a new event) acts once.
    /// An entry older than a SegmentLeft already seen fires nothing: the member is no longer in the segment.
    /// </summary>
    public async Task EnteredAsync(SegmentEntered entered, CancellationToken cancellationToken)
    {
        if (await FollowAsync(entered.MemberId, entered.SegmentCode, true, entered.OccurredAt, cancellationToken))
        {
            var day = ClinicTime.DateOf(entered.OccurredAt);
            var runKey = "entered:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await triggers.FireAsync(
                CampaignTrigger.SegmentEntered, entered.SegmentCode, entered.MemberId, runKey,
                new Dictionary<string, string>(), cancellationToken);
        }
    }

    public Task LeftAsync(SegmentLeft left, CancellationToken cancellationToken) =>
        FollowAsync(left.MemberId, left.SegmentCode, false, left.OccurredAt, cancellationToken);

    /// <summary>
    /// True when applied; false when a later change was already seen (events may arrive out of order).
    /// </summary>
    private async Task<bool> FollowAsync(
        Guid memberId, string segmentCode, bool isMember, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.LockSegmentMembershipAsync(memberId, segmentCode, cancellationToken) is { } membership)
        {
            return membership.Follow(isMember, at);
        }

        db.Segments.Add(SegmentMembership.Stated(memberId, segmentCode, isMember, at));
        return true;
    }
}
