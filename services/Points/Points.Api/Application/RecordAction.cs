using Loyalty.BuildingBlocks.Time;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How a reported action ended; Balance is the member's balance after it.</summary>
public abstract record RecordActionOutcome
{
    private RecordActionOutcome()
    {
    }

    public sealed record Earned(LedgerEntry Entry) : RecordActionOutcome;

    /// <summary>The reference earned before: what it earned then, nothing changed.</summary>
    public sealed record AlreadyRecorded(long Points, long Balance) : RecordActionOutcome;

    /// <summary>A social share past this calendar month's cap earns nothing.</summary>
    public sealed record MonthlyCapReached(long Balance) : RecordActionOutcome;

    /// <summary>The policy gives this action no bonus.</summary>
    public sealed record NoBonusSet(long Balance) : RecordActionOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : RecordActionOutcome;

    public sealed record NoAccount : RecordActionOutcome;
}

/// <summary>
/// Rewards a review, social share (capped per calendar month on the clinics' calendar) or survey with the policy's
/// flat bonus, once per reference.
/// </summary>
public sealed class RecordAction(
    PointsDbContext db, PointsTransactions transactions, PointsPosting posting, TimeProvider timeProvider)
{
    /// <param name="reference">The action in the reporting system, trimmed.</param>
    public async Task<RecordActionOutcome> HandleAsync(
        Guid? memberId, PointsAction? action, string? reference, CancellationToken cancellationToken)
    {
        if (ActionRules.Validate(memberId, action, reference) is { Count: > 0 } errors)
        {
            return new RecordActionOutcome.Invalid(errors);
        }

        var (member, act) = (memberId!.Value, action!.Value);
        var sourceRef = ActionRules.SourceRefFor(act, reference!);
        return await transactions.ForMemberAsync<RecordActionOutcome>(
            member,
            async (account, ct) =>
            {
                if (account is null)
                {
                    return new RecordActionOutcome.NoAccount();
                }

                var earlier = await db.Ledger.AsNoTracking()
                    .FirstOrDefaultAsync(e => e.SourceRef == sourceRef && e.MemberId == member, ct);
                if (earlier is not null)
                {
                    return new RecordActionOutcome.AlreadyRecorded(earlier.Points, account.Balance);
                }

                var policy = await db.EarningPolicies.AsNoTracking().SingleAsync(ct);
                var sharesThisMonth = act == PointsAction.SocialShare ? await SharesThisMonthAsync(member, ct) : 0;
                if (policy.BonusFor(act, sharesThisMonth) is not { } bonus)
                {
                    return act == PointsAction.SocialShare && policy.SocialShareBonus > 0
                        ? new RecordActionOutcome.MonthlyCapReached(account.Balance)
                        : new RecordActionOutcome.NoBonusSet(account.Balance);
                }

                var entry = await posting.GrantAsync(account, bonus.Points, bonus.RuleCode, sourceRef, ct);
                return new RecordActionOutcome.Earned(entry);
            },
            [],
            cancellationToken);
    }

    /// <summary>Shares rewarded since this calendar month began on the clinics' calendar (under the lock).</summary>
    private Task<int> SharesThisMonthAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var monthStart = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, ClinicTime.Zone.BaseUtcOffset)
            .ToUniversalTime(); // Npgsql takes UTC only
        return db.Ledger.CountAsync(
            e => e.MemberId == memberId && e.Reason == EarningRuleCodes.SocialShareBonus && e.CreatedAt >= monthStart,
            cancellationToken);
    }
}
