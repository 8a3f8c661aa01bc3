namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>What is left of one earning entry until it expires. Spending consumes the lots that expire first.</summary>
public sealed class PointsLot
{
    private PointsLot()
    {
    }

    /// <summary>The earning ledger entry that opened the lot.</summary>
    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public long Remaining { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Whether the member has been told this lot expires soon (announced once).</summary>
    public bool ExpiryAnnounced { get; private set; }

    public void MarkExpiryAnnounced() => ExpiryAnnounced = true;

    /// <summary>Empties an expired lot; returns what it still held.</summary>
    public long Expire()
    {
        var left = Remaining;
        Remaining = 0;
        return left;
    }

    public void Take(long points)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, Remaining);
        Remaining -= points;
    }

    public static PointsLot Open(LedgerEntry earned) => new()
    {
        Id = earned.Id,
        MemberId = earned.MemberId,
        Remaining = earned.Points,
        ExpiresAt = earned.ExpiresAt ?? throw new ArgumentException("an earning entry has an expiry", nameof(earned)),
    };
}
