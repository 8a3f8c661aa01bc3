using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>What front-desk staff enter to register a member, as received (anything may be missing or wrong).</summary>
/// <param name="Phone">Mainland China mobile number, 11 digits, optionally with +86, spaces or dashes.</param>
/// <param name="Name">The member's name as she writes it.</param>
/// <param name="Gender">Female, Male or Other.</param>
/// <param name="BirthDate">Birth date (yyyy-MM-dd); the birthday month earns more points.</param>
/// <param name="HomeStoreId">The clinic where she registers, e.g. SH-JINGAN-01.</param>
/// <param name="ReferralCode">The referral code of the member who invited her; leave it out when none.</param>
/// <param name="SkinType">Skin type, free text (Oily, Dry, ...).</param>
/// <param name="InterestTags">Interest tags (anti-aging, laser, ...), used by rule segments.</param>
public sealed record MemberRegistration(
    string? Phone,
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? HomeStoreId,
    string? ReferralCode = null,
    string? SkinType = null,
    IReadOnlyList<string?>? InterestTags = null);
