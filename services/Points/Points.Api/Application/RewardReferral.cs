using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Rewards the referrer when a referred member makes a first purchase (referral-bonus), in the consumer's
/// transaction. Once per referee: the ledger source reference "referral:{referee}" is the idempotency key, whatever
/// the event id.
/// </summary>
public sealed partial class RewardReferral(
    PointsDbContext db, PointsTransactions transactions, PointsPosting posting, ILogger<RewardReferral> logger)
{
    public Task HandleAsync(ReferralQualified referral, CancellationToken cancellationToken) =>
        transactions.InCurrentTransactionAsync(referral.ReferrerMemberId, async (account, ct) =>
        {
            var referrer = account
                ?? throw new AccountNotOpenedYetException(referral.ReferrerMemberId, nameof(ReferralQualified));
            var sourceRef = $"referral:{referral.RefereeMemberId}";
            var bonus = (await db.EarningPolicies.AsNoTracking().SingleAsync(ct)).ReferralBonus;
            if (bonus <= 0 || await db.Ledger.AnyAsync(e => e.SourceRef == sourceRef, ct))
            {
                return false;
            }

            await posting.GrantAsync(referrer, bonus, EarningRuleCodes.ReferralBonus, sourceRef, ct);
            LogRewarded(logger, referral.ReferrerMemberId, referral.RefereeMemberId, bonus);
            return true;
        }, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Referrer {ReferrerId} earned {Points} points for referee {RefereeId}'s first purchase")]
    private static partial void LogRewarded(ILogger logger, Guid referrerId, Guid refereeId, long points);
}
