using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>What front-desk staff enter to register a member, as received (anything may be missing or wrong).</summary>
public sealed record MemberRegistration(
    string? Phone,
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? HomeStoreId,
    string? ReferralCode,
    string? SkinType = null,
    IReadOnlyList<string?>? InterestTags = null);
