using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Fires the campaigns triggered by points expiring soon (the reminder journey), once per member and expiry date.</summary>
public sealed class PointsExpiringSoonConsumer(CampaignDbContext db, FireCampaignTriggers triggers, TimeProvider timeProvider, ILogger<PointsExpiringSoonConsumer> logger)
    : IdempotentConsumer<PointsExpiringSoon, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PointsExpiringSoon expiring, CancellationToken cancellationToken)
    {
        var expiryDate = ClinicTime.DateOf(expiring.ExpiresAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var variables = new Dictionary<string, string>
        {
            ["points"] = expiring.Points.ToString(CultureInfo.InvariantCulture),
            ["expiryDate"] = expiryDate,
        };
        await triggers.FireAsync(CampaignTrigger.PointsExpiringSoon, null, expiring.MemberId, "expiring:" + expiryDate, variables, cancellationToken);
    }
}
