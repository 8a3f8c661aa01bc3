using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Members.Api.Domain.Tiers;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>A clinic customer. Phone and BirthDate are personal data.</summary>
public sealed class Member
{
    /// <summary>What an erased member is called: the record stays for the books and KPIs, naming nobody.</summary>
    public const string ErasedName = "已注销会员";

    public const string SpendThresholdReason = "spend-threshold";

    public const string AnniversaryReviewReason = "anniversary-review";

    private Member()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The 11 digits of the mobile number; unique; null once erased, so the phone can register again.</summary>
    public string? Phone { get; private set; }

    public string Name { get; private set; } = "";

    public Gender Gender { get; private set; }

    /// <summary>Null once erased.</summary>
    public DateOnly? BirthDate { get; private set; }

    public string? SkinType { get; private set; }

    public List<string> InterestTags { get; private set; } = [];

    public string HomeStoreId { get; private set; } = "";

    public string ReferralCode { get; private set; } = "";

    public Guid? ReferredByMemberId { get; private set; }

    public Tier Tier { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>
    /// The next membership anniversary (clinic calendar) at which the tier is reviewed and may drop one level.
    /// </summary>
    public DateOnly NextTierReviewOn { get; private set; }

    /// <summary>When her personal data was erased (PIPL art. 47 or the retention policy); null while she is a member.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Member Register(
        ValidatedRegistration registration, Guid? referredBy, string referralCode, DateTimeOffset now)
    {
        var member = new Member
        {
            Id = Guid.CreateVersion7(now),
            Phone = registration.Phone.Value,
            ReferralCode = referralCode,
            ReferredByMemberId = referredBy,
            Tier = Tier.Standard,
            RegisteredAt = now,
            NextTierReviewOn = ClinicTime.DateOf(now).AddYears(1),
        };
        member.Apply(registration.Profile);
        return member;
    }

    /// <summary>
    /// A member brought over from a chain's previous system: keeps their join date and tier. The first review is the
    /// first anniversary after <paramref name="now"/>, so nobody is downgraded for the months before the move.
    /// </summary>
    public static Member Import(
        PhoneNumber phone,
        MemberProfile profile,
        Tier tier,
        DateTimeOffset registeredAt,
        string referralCode,
        DateTimeOffset now)
    {
        var member = new Member
        {
            Id = Guid.CreateVersion7(now),
            Phone = phone.Value,
            ReferralCode = referralCode,
            Tier = tier,
            RegisteredAt = registeredAt,
            NextTierReviewOn = NextAnniversaryAfter(ClinicTime.DateOf(registeredAt), ClinicTime.DateOf(now)),
        };
        member.Apply(profile);
        return member;
    }

    /// <summary>Replaces the editable profile; returns the event, or null when nothing changed.</summary>
    public MemberProfileUpdated? UpdateProfile(MemberProfile profile, DateTimeOffset now)
    {
        if (IsErased)
        {
            throw new InvalidOperationException("An erased member has no profile to edit.");
        }

        // Records compare lists by reference, so the tags are compared apart.
        if (profile with { InterestTags = InterestTags } == CurrentProfile()
            && profile.InterestTags.SequenceEqual(InterestTags))
        {
            return null;
        }

        Apply(profile);
        return new MemberProfileUpdated(
            Id, Phone!, Name, Gender, BirthDate!.Value, SkinType, InterestTags, HomeStoreId)
        {
            OccurredAt = now,
        };
    }

    /// <summary>
    /// After a purchase: the highest tier the rolling spend now reaches, at once (never lower); returns the history
    /// line and event when the tier changes.
    /// </summary>
    public (TierChange Change, MemberTierChanged Event)? UpgradeAfterPurchase(
        decimal rollingSpend, IEnumerable<TierThreshold> thresholds, DateTimeOffset now) =>
        ChangeTier(TierRules.AfterPurchase(Tier, rollingSpend, thresholds), SpendThresholdReason, rollingSpend, now);

    /// <summary>
    /// The anniversary review: the tier the rolling spend qualifies for, at most one level down. Moves the next review
    /// a year on; returns the history line and event when the tier changes.
    /// </summary>
    public (TierChange Change, MemberTierChanged Event)? ReviewTier(
        decimal rollingSpend, IEnumerable<TierThreshold> thresholds, DateOnly today, DateTimeOffset now)
    {
        NextTierReviewOn = NextAnniversaryAfter(NextTierReviewOn, today);
        return ChangeTier(
            TierRules.AtAnniversary(Tier, rollingSpend, thresholds), AnniversaryReviewReason, rollingSpend, now);
    }

    /// <summary>Moves to another tier; returns the history line and the event, or null when the tier stays.</summary>
    public (TierChange Change, MemberTierChanged Event)? ChangeTier(
        Tier tier, string reason, decimal rollingSpend, DateTimeOffset now)
    {
        if (tier == Tier)
        {
            return null;
        }

        var change = TierChange.Record(Id, Tier, tier, reason, rollingSpend, now);
        Tier = tier;
        return (change, new MemberTierChanged(Id, change.FromTier, tier, reason, rollingSpend) { OccurredAt = now });
    }

    /// <summary>
    /// The first anniversary of <paramref name="date"/> (same month and day; 29 Feb → 28 Feb) after
    /// <paramref name="today"/>.
    /// </summary>
    public static DateOnly NextAnniversaryAfter(DateOnly date, DateOnly today)
    {
        var years = Math.Max(1, today.Year - date.Year);
        var next = date.AddYears(years);
        while (next <= today)
        {
            next = date.AddYears(++years);
        }

        return next;
    }

    /// <summary>
    /// Erases what names her: name, phone (so it can register again), birth date, gender, skin type and tags. The
    /// home store, tier, spend and referral code stay (KPIs, the books, staff scope); the code no longer refers anyone.
    /// Erasing twice changes nothing.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return;
        }

        Name = ErasedName;
        Phone = null;
        BirthDate = null;
        Gender = Gender.Undisclosed;
        SkinType = null;
        InterestTags = [];
        ErasedAt = now;
    }

    public MemberRegistered ToRegisteredEvent() => new(
        Id,
        Phone!,
        Name,
        Gender,
        BirthDate!.Value,
        HomeStoreId,
        ReferralCode,
        ReferredByMemberId,
        Tier,
        RegisteredAt,
        SkinType,
        [.. InterestTags])
    {
        OccurredAt = RegisteredAt,
    };

    private MemberProfile CurrentProfile() =>
        new(Name, Gender, BirthDate ?? default, SkinType, InterestTags, HomeStoreId);

    private void Apply(MemberProfile profile)
    {
        Name = profile.Name;
        Gender = profile.Gender;
        BirthDate = profile.BirthDate;
        SkinType = profile.SkinType;
        InterestTags = [.. profile.InterestTags];
        HomeStoreId = profile.HomeStoreId;
    }
}
