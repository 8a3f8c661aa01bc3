using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.Application;

/// <summary>How a bulk adjustment ended.</summary>
public abstract record AdjustPointsOutcome
{
    private AdjustPointsOutcome()
    {
    }

    /// <summary>What happened for each member, in the order given (each member once).</summary>
    public sealed record Adjusted(IReadOnlyList<MemberAdjustment> Members) : AdjustPointsOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : AdjustPointsOutcome;
}

/// <summary>One member's part of an adjustment; BalanceAfter is null when the member has no account.</summary>
public sealed record MemberAdjustment(Guid MemberId, MemberAdjustment.Result Outcome, long? BalanceAfter)
{
    public enum Result
    {
        Applied,
        NoAccount,
        InsufficientPoints,
    }
}

/// <summary>
/// An admin grants (positive) or deducts (negative) points for many members with a reason shown in their ledgers.
/// Each member is applied on its own; a deduction never overdraws.
/// </summary>
public sealed class AdjustPoints(
    PointsDbContext db,
    PointsTransactions transactions,
    PointsPosting posting,
    IAuditTrail audit,
    TimeProvider timeProvider)
{
    /// <param name="reason">Why, trimmed.</param>
    public async Task<AdjustPointsOutcome> HandleAsync(
        IReadOnlyList<Guid>? memberIds, long? points, string? reason, CancellationToken cancellationToken)
    {
        if (AdjustmentRules.Validate(memberIds, points, reason) is { Count: > 0 } errors)
        {
            return new AdjustPointsOutcome.Invalid(errors);
        }

        var sourceRef = AdjustmentRules.SourceRefFor(Guid.CreateVersion7(timeProvider.GetUtcNow()));
        var results = new List<MemberAdjustment>();
        foreach (var memberId in memberIds!.Distinct())
        {
            // One short transaction per member: one member's lock or failure never holds up the rest.
            results.Add(await transactions.ForMemberAsync(
                memberId, (account, ct) => AdjustAsync(memberId, account, points!.Value, reason!, sourceRef, ct), [],
                cancellationToken));
            db.ChangeTracker.Clear();
        }

        return new AdjustPointsOutcome.Adjusted(results);
    }

    private async Task<MemberAdjustment> AdjustAsync(
        Guid memberId, PointsAccount? account, long points, string reason, string sourceRef,
        CancellationToken cancellationToken)
    {
        if (account is null)
        {
            return new MemberAdjustment(memberId, MemberAdjustment.Result.NoAccount, null);
        }

        var entry = points > 0
            ? await posting.GrantAsync(account, points, reason, sourceRef, cancellationToken)
            : await posting.DeductAsync(account, -points, reason, sourceRef, cancellationToken);
        if (entry is not null)
        {
            audit.Record(entry, points > 0 ? AuditActions.Granted : AuditActions.Deducted);
        }

        return entry is null
            ? new MemberAdjustment(memberId, MemberAdjustment.Result.InsufficientPoints, account.Balance)
            : new MemberAdjustment(memberId, MemberAdjustment.Result.Applied, entry.BalanceAfter);
    }
}
