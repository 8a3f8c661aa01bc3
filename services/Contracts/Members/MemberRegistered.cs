namespace Loyalty.Contracts.Members;

/// <summary>
/// A member was registered. Phone and BirthDate are personal data: store them protected and never log them in clear.
/// SkinType and InterestTags were added later: null in events published before.
/// </summary>
public sealed record MemberRegistered(
    Guid MemberId,
    string Phone,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string HomeStoreId,
    string ReferralCode,
    Guid? ReferredByMemberId,
    Tier Tier,
    DateTimeOffset RegisteredAt,
    string? SkinType = null,
    IReadOnlyList<string>? InterestTags = null) : IntegrationEvent;
