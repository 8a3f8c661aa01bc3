using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// Rewards the referrer when a referred member makes a first purchase (referral-bonus). Once per referee: the ledger
/// source reference "referral:{referee}" is the idempotency key, whatever the event id.
/// </summary>
public sealed partial class ReferralQualifiedConsumer(
    PointsDbContext db, PointsPosting posting, TimeProvider timeProvider, ILogger<ReferralQualifiedConsumer> logger)
    : IdempotentConsumer<ReferralQualified, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ReferralQualified referral, CancellationToken cancellationToken)
    {
        var sourceRef = $"referral:{referral.RefereeMemberId}";
        var account = await posting.LockAccountAsync(referral.ReferrerMemberId, cancellationToken)
            ?? throw new AccountNotOpenedYetException(referral.ReferrerMemberId, nameof(ReferralQualified));
        var bonus = (await DbContext.EarningPolicies.AsNoTracking().SingleAsync(cancellationToken)).ReferralBonus;
        if (bonus <= 0 || await DbContext.Ledger.AnyAsync(e => e.SourceRef == sourceRef, cancellationToken))
        {
            return;
        }

        await posting.GrantAsync(account, bonus, EarningRuleCodes.ReferralBonus, sourceRef, cancellationToken);
        LogRewarded(logger, referral.ReferrerMemberId, referral.RefereeMemberId, bonus);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referrer {ReferrerId} earned {Points} points for referee {RefereeId}'s first purchase")]
    private static partial void LogRewarded(ILogger logger, Guid referrerId, Guid refereeId, long points);
}
