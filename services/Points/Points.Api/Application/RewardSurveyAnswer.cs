using Loyalty.Contracts.Feedback;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Gives the earning policy's survey bonus for an answered survey invitation, in the consumer's transaction. Once per
/// invitation: the ledger reference "survey:{InvitationId}" (the one a staff-reported Survey action with that
/// reference writes) is checked under the account lock, and a unique index on it holds even if that check were
/// bypassed, so a replayed or duplicated event, whatever its id, grants nothing more.
/// </summary>
public sealed partial class RewardSurveyAnswer(
    PointsDbContext db, PointsTransactions transactions, PointsPosting posting, ILogger<RewardSurveyAnswer> logger)
{
    public Task HandleAsync(SurveyAnswered answer, CancellationToken cancellationToken) =>
        transactions.InCurrentTransactionAsync(answer.MemberId, async (account, ct) =>
        {
            // An answer can overtake the registration that opens the account: redelivered until it is open.
            var member = account ?? throw new AccountNotOpenedYetException(answer.MemberId, nameof(SurveyAnswered));
            var sourceRef = ActionRules.SourceRefFor(PointsAction.Survey, answer.InvitationId.ToString());
            var bonus = (await db.EarningPolicies.AsNoTracking().SingleAsync(ct)).SurveyBonus;
            if (bonus <= 0
                || await db.Ledger.AnyAsync(e => e.MemberId == answer.MemberId && e.SourceRef == sourceRef, ct))
            {
                return false;
            }

            await posting.GrantAsync(member, bonus, EarningRuleCodes.SurveyBonus, sourceRef, ct);
            LogRewarded(logger, answer.MemberId, answer.InvitationId, bonus);
            return true;
        }, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Member {MemberId} earned {Points} points for answering survey invitation {InvitationId}")]
    private static partial void LogRewarded(ILogger logger, Guid memberId, Guid invitationId, long points);
}
