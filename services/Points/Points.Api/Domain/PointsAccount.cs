namespace Loyalty.Points.Api.Domain;

/// <summary>A member's points account, opened when the member registers. The ledger (coming with earning and redemption) explains the balance.</summary>
public sealed class PointsAccount
{
    private PointsAccount()
    {
    }

    public Guid MemberId { get; private set; }

    public long Balance { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public static PointsAccount Open(Guid memberId, DateTimeOffset now) => new() { MemberId = memberId, Balance = 0, OpenedAt = now };
}
