using Loyalty.BuildingBlocks.Copies;
using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.Segmentation.Api.Domain.Copies;

/// <summary>
/// Segmentation's copy of a member: the profile fields rule segments filter on (from Members' events), the points
/// balance (from Points' events), the latest NPS answer (from Feedback's SurveyAnswered), the purchase aggregates,
/// the RFM scores, layer and flags, and the model predictions. A row can exist before MemberRegistered arrives
/// (<see cref="IsRegistered"/> false): an event that overtakes the registration creates a placeholder, which the
/// registration later completes.
/// </summary>
public sealed class SegmentMember
{
    private SegmentMember()
    {
    }

    public Guid Id { get; private set; }

    public bool IsRegistered { get; private set; }

    /// <summary>
    /// Her personal data was erased: the profile copy is cleared, she is in no segment and no later event brings
    /// either back. Purchases and scores stay, under an id that names nobody.
    /// </summary>
    public bool IsErased { get; private set; }

    public DateTimeOffset? RegisteredAt { get; private set; }

    public Gender? Gender { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public List<string> Tags { get; private set; } = [];

    public string? HomeStoreId { get; private set; }

    public Tier? Tier { get; private set; }

    /// <summary>
    /// OccurredAt of the event the tier comes from (a registration or a tier change; they can arrive out of order).
    /// </summary>
    public DateTimeOffset? TierAt { get; private set; }

    /// <summary>OccurredAt of the event the profile fields come from.</summary>
    public DateTimeOffset? ProfileAt { get; private set; }

    public long PointsBalance { get; private set; }

    /// <summary>OccurredAt of the points event the balance comes from (events can arrive out of order).</summary>
    public DateTimeOffset? PointsBalanceAt { get; private set; }

    /// <summary>The member's latest "would you recommend us" answer (0–10); null before her first.</summary>
    public int? LatestNps { get; private set; }

    public NpsGroup? LatestNpsGroup { get; private set; }

    /// <summary>When she gave that answer: the latest answer wins, whatever order the events arrive in.</summary>
    public DateTimeOffset? LatestNpsAt { get; private set; }

    /// <summary>Purchases whose net amount (after refunds) is positive.</summary>
    public int Purchases { get; private set; }

    /// <summary>Net spend in CNY, refunds taken off.</summary>
    public decimal Spend { get; private set; }

    public DateOnly? FirstPurchaseOn { get; private set; }

    public DateOnly? LastPurchaseOn { get; private set; }

    /// <summary>The clinic day the scores below were computed for; null while the member has no purchase.</summary>
    public DateOnly? ScoredOn { get; private set; }

    public int? RecencyDays { get; private set; }

    public int? R { get; private set; }

    public int? F { get; private set; }

    public int? M { get; private set; }

    public RfmGroup? Group { get; private set; }

    public LifecycleLayer? Layer { get; private set; }

    public bool IsVip { get; private set; }

    public bool IsPotentialChurn { get; private set; }

    public double? ProbabilityAlive { get; private set; }

    public double? ExpectedPurchases { get; private set; }

    public decimal? ExpectedSpend { get; private set; }

    public decimal? Clv { get; private set; }

    public DateOnly? PredictedOn { get; private set; }

    public static SegmentMember Placeholder(Guid id) => new() { Id = id };

    /// <summary>
    /// Completes the row with the registration's profile and tier. Tags null: a registration published before
    /// MemberRegistered carried tags; the tags kept stay. Unlike the other events, a registration gives way to a
    /// profile update or tier change stated at the same moment: that one is the later fact.
    /// </summary>
    public void Register(
        Gender gender,
        DateOnly birthDate,
        IEnumerable<string>? tags,
        string homeStoreId,
        Tier tier,
        DateTimeOffset registeredAt,
        DateTimeOffset occurredAt)
    {
        if (IsErased)
        {
            return;
        }

        (registeredAt, occurredAt) = (registeredAt.ToUniversalTime(), occurredAt.ToUniversalTime());
        IsRegistered = true;
        RegisteredAt = registeredAt;
        if (ProfileAt is not { } profileAt || !LatestWins.Replaces(profileAt, occurredAt))
        {
            (Gender, BirthDate, HomeStoreId, ProfileAt) = (gender, birthDate, homeStoreId, occurredAt);
            Tags = tags is null ? Tags : NormalizedTags(tags);
        }

        if (TierAt is not { } tierAt || !LatestWins.Replaces(tierAt, occurredAt))
        {
            (Tier, TierAt) = (tier, occurredAt);
        }
    }

    public void UpdateProfile(
        Gender gender, DateOnly birthDate, IEnumerable<string> tags, string homeStoreId, DateTimeOffset occurredAt)
    {
        occurredAt = occurredAt.ToUniversalTime();
        if (!IsErased && (ProfileAt is not { } profileAt || LatestWins.Replaces(occurredAt, profileAt)))
        {
            (Gender, BirthDate, HomeStoreId, ProfileAt) = (gender, birthDate, homeStoreId, occurredAt);
            Tags = NormalizedTags(tags);
        }
    }

    /// <summary>Clears what names or describes her (gender, birth date, tags, her NPS answer); see <see cref="IsErased"/>.</summary>
    public void Erase()
    {
        IsErased = true;
        (Gender, BirthDate, Tags) = (null, null, []);
        (LatestNps, LatestNpsGroup, LatestNpsAt) = (null, null, null);
    }

    private static List<string> NormalizedTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal)
            .ToList();

    public void ChangeTier(Tier tier, DateTimeOffset occurredAt)
    {
        occurredAt = occurredAt.ToUniversalTime();
        if (TierAt is not { } tierAt || LatestWins.Replaces(occurredAt, tierAt))
        {
            (Tier, TierAt) = (tier, occurredAt);
        }
    }

    /// <summary>Keeps the balance of the latest points event; see <see cref="PointsBalanceRule"/>.</summary>
    public void ObserveBalance(long balanceAfter, DateTimeOffset occurredAt, bool isEarning)
    {
        occurredAt = occurredAt.ToUniversalTime();
        if (PointsBalanceRule.Replaces(PointsBalanceAt, PointsBalance, occurredAt, balanceAfter, isEarning))
        {
            PointsBalance = balanceAfter;
            PointsBalanceAt = occurredAt;
        }
    }

    /// <summary>Keeps an NPS answer unless a later one is already held.</summary>
    public void ObserveNps(int score, NpsGroup group, DateTimeOffset answeredAt)
    {
        answeredAt = answeredAt.ToUniversalTime();
        if (!IsErased && (LatestNpsAt is not { } held || LatestWins.Replaces(answeredAt, held)))
        {
            (LatestNps, LatestNpsGroup, LatestNpsAt) = (score, group, answeredAt);
        }
    }

    public void SetActivity(PurchaseAggregate aggregate)
    {
        Purchases = aggregate.Purchases;
        Spend = aggregate.Spend;
        FirstPurchaseOn = aggregate.FirstPurchaseOn;
        LastPurchaseOn = aggregate.LastPurchaseOn;
    }

    public void SetScore(RfmScore? score, DateOnly today)
    {
        ScoredOn = score is null ? null : today;
        RecencyDays = score?.RecencyDays;
        R = score?.R;
        F = score?.F;
        M = score?.M;
        Group = score?.Group;
        Layer = score?.Layer;
        IsVip = score?.IsVip ?? false;
        IsPotentialChurn = score?.IsPotentialChurn ?? false;
    }
}
