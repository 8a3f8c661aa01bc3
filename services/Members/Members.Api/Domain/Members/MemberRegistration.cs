using Loyalty.Contracts;
using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>What front-desk staff enter to register a member, as received (anything may be missing or wrong).</summary>
/// <param name="Phone">
/// Mainland China mobile number: 11 digits starting with 13–19, optionally +86, any spaces or dashes.
/// </param>
/// <param name="Name">The member's name (at most 64 characters).</param>
/// <param name="Gender">Female, Male or Undisclosed.</param>
/// <param name="BirthDate">Birth date (yyyy-MM-dd), not in the future; the birthday month earns more points.</param>
/// <param name="HomeStoreId">
/// The clinic where she registers: 2–32 letters, digits or dashes, e.g. SH-JINGAN-01.
/// </param>
/// <param name="ReferralCode">
/// The referral code of the member who invited her (8 letters and digits); leave it out when none.
/// </param>
/// <param name="SkinType">Normal, Dry, Oily, Combination or Sensitive.</param>
/// <param name="InterestTags">Up to 10 interest tags (anti-aging, laser, ...) that rule segments use.</param>
public sealed record MemberRegistration(
    string? Phone,
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? HomeStoreId,
    string? ReferralCode = null,
    string? SkinType = null,
    IReadOnlyList<string?>? InterestTags = null) : IRequestExample<MemberRegistration>
{
    public static MemberRegistration Example { get; } =
        new(
            "+86 138 1234 5678",
            "王丽",
            Contracts.Gender.Female,
            new DateOnly(1990, 5, 20),
            "SH-JINGAN-01",
            InterestTags: ["laser"]);
}
