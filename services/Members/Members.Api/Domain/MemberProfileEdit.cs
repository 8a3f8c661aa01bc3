using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>The editable part of a profile as received: the whole profile is sent (phone is not editable here).</summary>
public sealed record MemberProfileEdit(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? SkinType,
    IReadOnlyList<string?>? InterestTags,
    string? HomeStoreId);
