using Loyalty.Contracts;
using Loyalty.Contracts.Members;

namespace Loyalty.Members.Api.Domain;

/// <summary>A clinic customer. Phone and BirthDate are personal data.</summary>
public sealed class Member
{
    private Member()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The 11 digits of the mobile number; unique.</summary>
    public string Phone { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Gender Gender { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string? SkinType { get; private set; }

    public List<string> InterestTags { get; private set; } = [];

    public string HomeStoreId { get; private set; } = "";

    public string ReferralCode { get; private set; } = "";

    public Guid? ReferredByMemberId { get; private set; }

    public Tier Tier { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Member Register(ValidatedRegistration registration, Guid? referredBy, string referralCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Phone = registration.Phone.Value,
        Name = registration.Name,
        Gender = registration.Gender,
        BirthDate = registration.BirthDate,
        HomeStoreId = registration.HomeStoreId,
        ReferralCode = referralCode,
        ReferredByMemberId = referredBy,
        Tier = Tier.Standard,
        RegisteredAt = now,
    };

    /// <summary>Moves to another tier; returns the history line and the event, or null when the tier stays.</summary>
    public (TierChange Change, MemberTierChanged Event)? ChangeTier(Tier tier, string reason, decimal rollingSpend, DateTimeOffset now)
    {
        if (tier == Tier)
        {
            return null;
        }

        var change = new TierChange { MemberId = Id, FromTier = Tier, ToTier = tier, Reason = reason, RollingSpend = rollingSpend, ChangedAt = now };
        Tier = tier;
        return (change, new MemberTierChanged(Id, change.FromTier, tier, reason, rollingSpend) { OccurredAt = now });
    }

    public MemberRegistered ToRegisteredEvent() => new(
        Id, Phone, Name, Gender, BirthDate, HomeStoreId, ReferralCode, ReferredByMemberId, Tier, RegisteredAt)
    {
        OccurredAt = RegisteredAt,
    };
}
