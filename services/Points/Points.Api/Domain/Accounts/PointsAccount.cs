using Loyalty.BuildingBlocks.Copies;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;

namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>
/// A member's points account, opened when the member registers, with the copy of the member's tier and birth date
/// that earning needs. The ledger explains the balance; the balance never goes negative.
/// The tier and birth date are copies of Members' data (kept by <see cref="LatestWins"/>, as every copy is); they stay
/// on the account rather than in Domain/Copies because the account is Points' own aggregate and earning reads them
/// under its lock.
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

    /// <summary>
    /// When Members changed the tier and the birth date, by its clock. Events may arrive out of order; an older one
    /// must not undo a newer one.
    /// </summary>
    public DateTimeOffset TierAsOf { get; private set; }

    public DateTimeOffset BirthDateAsOf { get; private set; }

    /// <param name="asOf">
    /// When Members registered the member (the event's time); defaults to <paramref name="now"/>.
    /// </param>
    public static PointsAccount Open(
        Guid memberId, Tier tier, DateOnly? birthDate, DateTimeOffset now, DateTimeOffset? asOf = null) =>
        new()
        {
            MemberId = memberId, Balance = 0, Tier = tier, BirthDate = birthDate, OpenedAt = now,
            TierAsOf = asOf ?? now, BirthDateAsOf = asOf ?? now,
        };

    /// <summary>Whether a moment falls in the member's birth month, on the clinics' calendar (Asia/Shanghai).</summary>
    public bool IsBirthdayMonth(DateTimeOffset at) =>
        BirthDate is { } birthDate && TimeZoneInfo.ConvertTime(at, ClinicTime.Zone).Month == birthDate.Month;

    /// <summary>
    /// Takes the tier Members set at <paramref name="asOf"/>, unless a later change is already applied.
    /// </summary>
    public bool ChangeTier(Tier tier, DateTimeOffset asOf)
    {
        if (!LatestWins.Replaces(asOf, TierAsOf))
        {
            return false;
        }

        (Tier, TierAsOf) = (tier, asOf);
        return true;
    }

    /// <summary>
    /// Takes the birth date Members had at <paramref name="asOf"/>, unless a later profile is already applied.
    /// </summary>
    public bool ChangeBirthDate(DateOnly birthDate, DateTimeOffset asOf)
    {
        if (!LatestWins.Replaces(asOf, BirthDateAsOf))
        {
            return false;
        }

        (BirthDate, BirthDateAsOf) = (birthDate, asOf);
        return true;
    }

    /// <summary>
    /// The member's personal data was erased: the birth date copy goes (her birthday-month bonus with it); later
    /// profile events are not applied (the consumer checks the erased-members table).
    /// </summary>
    public void ForgetBirthDate() => BirthDate = null;

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
