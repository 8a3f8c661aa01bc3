using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Segmentation;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Keeps the member's segment membership and fires the campaigns triggered by entering the segment (e.g. the dormant
/// wake-up). The run key is the clinic date of the entry, so the same entry heard twice (even as a new event) acts once.
/// </summary>
public sealed class SegmentEnteredConsumer(CampaignDbContext db, FireCampaignTriggers triggers, TimeProvider timeProvider, ILogger<SegmentEnteredConsumer> logger)
    : IdempotentConsumer<SegmentEntered, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(SegmentEntered entered, CancellationToken cancellationToken)
    {
        if (!await SegmentMemberships.ApplyAsync(DbContext, entered.MemberId, entered.SegmentCode, true, entered.OccurredAt, cancellationToken))
        {
            return; // a later SegmentLeft was already seen: the member is no longer in the segment.
        }

        var runKey = "entered:" + ClinicTime.DateOf(entered.OccurredAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await triggers.FireAsync(CampaignTrigger.SegmentEntered, entered.SegmentCode, entered.MemberId, runKey, new Dictionary<string, string>(), cancellationToken);
    }
}
