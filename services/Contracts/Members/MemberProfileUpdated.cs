namespace Loyalty.Contracts.Members;

/// <summary>A member's profile changed; carries the whole profile after the change.</summary>
public sealed record MemberProfileUpdated(
    Guid MemberId,
    string Phone,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string? SkinType,
    IReadOnlyList<string> InterestTags,
    string HomeStoreId) : IntegrationEvent;
