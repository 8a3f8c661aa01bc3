using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;

namespace Loyalty.Points.Api.Domain;

/// <summary>
/// A member's points account, opened when the member registers, with the copy of the member's tier and birth date
/// that earning needs. The ledger explains the balance; the balance never goes negative.
/// </summary>
public sealed class PointsAccount
{
    private PointsAccount()
    {
    }

    public Guid MemberId { get; private set; }

    public long Balance { get; private set; }

    public Tier Tier { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public static PointsAccount Open(Guid memberId, Tier tier, DateOnly? birthDate, DateTimeOffset now) =>
        new() { MemberId = memberId, Balance = 0, Tier = tier, BirthDate = birthDate, OpenedAt = now };

    /// <summary>Whether a moment falls in the member's birth month, on the clinics' calendar (Asia/Shanghai).</summary>
    public bool IsBirthdayMonth(DateTimeOffset at) =>
        BirthDate is { } birthDate && TimeZoneInfo.ConvertTime(at, ClinicTime.Zone).Month == birthDate.Month;

    public void ChangeTier(Tier tier) => Tier = tier;

    public void ChangeBirthDate(DateOnly birthDate) => BirthDate = birthDate;

    /// <summary>Takes spent points off the balance (never below zero) and returns the new balance.</summary>
    public long Spend(long points)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, Balance);
        Balance -= points;
        return Balance;
    }

    /// <summary>Removes expired points (never below zero) and returns how many were removed.</summary>
    public long ExpireUpTo(long points)
    {
        var removed = Math.Min(points, Balance);
        Balance -= removed;
        return removed;
    }

    /// <summary>Adds earned points and returns the new balance.</summary>
    public long Earn(long points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Balance += points;
        return Balance;
    }
}
