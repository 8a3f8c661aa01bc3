using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>A profile that passed <see cref="MemberProfileRules"/>.</summary>
public sealed record MemberProfile(
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string? SkinType,
    IReadOnlyList<string> InterestTags,
    string HomeStoreId);
