using Loyalty.Points.Api.Domain.Earning;

namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>
/// One line of a member's append-only points ledger: positive for earning, negative for spending, expiry or
/// take-back. Reason is the rule code or the cause; SourceRef names what caused it (e.g. "purchase:POS-1001").
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public Guid Id { get; private set; }

    public long Sequence { get; private set; }

    public Guid MemberId { get; private set; }

    public long Points { get; private set; }

    public string Reason { get; private set; } = "";

    public string SourceRef { get; private set; } = "";

    public long BalanceAfter { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>For earning entries: when the lot they opened expires.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public static LedgerEntry Spent(
        Guid memberId, long points, string reason, string sourceRef, long balanceAfter, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberId = memberId,
        Points = -points,
        Reason = reason,
        SourceRef = sourceRef,
        BalanceAfter = balanceAfter,
        CreatedAt = now,
    };

    public static LedgerEntry Earned(
        Guid memberId,
        EarnedPoints earned,
        string sourceRef,
        long balanceAfter,
        DateTimeOffset now,
        DateTimeOffset expiresAt) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberId = memberId,
        Points = earned.Points,
        Reason = earned.RuleCode,
        SourceRef = sourceRef,
        BalanceAfter = balanceAfter,
        CreatedAt = now,
        ExpiresAt = expiresAt,
    };
}
