using Loyalty.Contracts;
using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>
/// The editable part of a profile as received: the whole profile is sent (phone is not editable here).
/// </summary>
/// <param name="Name">The member's name (at most 64 characters).</param>
/// <param name="Gender">Female, Male or Undisclosed.</param>
/// <param name="BirthDate">Birth date (yyyy-MM-dd), not in the future; the birthday month earns more points.</param>
/// <param name="HomeStoreId">The member's clinic: 2–32 letters, digits or dashes, e.g. SH-JINGAN-01.</param>
/// <param name="SkinType">Normal, Dry, Oily, Combination or Sensitive; left out, the profile has none.</param>
/// <param name="InterestTags">
/// Up to 10 interest tags (anti-aging, laser, ...) that rule segments use; left out, none.
/// </param>
public sealed record MemberProfileEdit(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? HomeStoreId,
    string? SkinType = null,
    IReadOnlyList<string?>? InterestTags = null) : IRequestExample<MemberProfileEdit>
{
    public static MemberProfileEdit Example { get; } =
        new(
            "王丽", Contracts.Gender.Female, new DateOnly(1990, 5, 20), "SH-JINGAN-01", "Oily", ["anti-aging", "laser"]);
}
