using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;

namespace Loyalty.Members.Api.Apis;

/// <param name="Id">The member's id.</param>
/// <param name="Phone">The mobile number, normalized to 11 digits; null once her data is erased.</param>
/// <param name="Name">The member's name ("已注销会员" once her data is erased).</param>
/// <param name="Gender">Female, Male or Undisclosed.</param>
/// <param name="BirthDate">Birth date (yyyy-MM-dd); null once her data is erased.</param>
/// <param name="SkinType">Normal, Dry, Oily, Combination or Sensitive; null when not given.</param>
/// <param name="InterestTags">Interest tags, lower-case.</param>
/// <param name="HomeStoreId">The member's clinic.</param>
/// <param name="ReferralCode">The code she gives friends to register with.</param>
/// <param name="ReferredByMemberId">The member whose referral code she registered with; null when none.</param>
/// <param name="Tier">Standard, Silver, Gold or Diamond.</param>
/// <param name="RegisteredAt">When she registered (UTC).</param>
/// <param name="ErasedAt">When her personal data was erased (staff still see the record, naming nobody).</param>
/// <param name="RollingSpend">
/// Only on GET /api/members/me: what she spent in the rolling 12 months the tiers count (refunds taken off), so her app
/// shows the spend still needed for the next tier; null elsewhere.
/// </param>
public sealed record MemberResponse(
    Guid Id,
    string? Phone,
    string Name,
    Gender Gender,
    DateOnly? BirthDate,
    string? SkinType,
    IReadOnlyList<string> InterestTags,
    string HomeStoreId,
    string ReferralCode,
    Guid? ReferredByMemberId,
    Tier Tier,
    DateTimeOffset RegisteredAt,
    decimal? RollingSpend = null,
    DateTimeOffset? ErasedAt = null)
{
    public static MemberResponse From(Member member) => new(
        member.Id,
        member.Phone,
        member.Name,
        member.Gender,
        member.BirthDate,
        member.SkinType,
        member.InterestTags,
        member.HomeStoreId,
        member.ReferralCode,
        member.ReferredByMemberId,
        member.Tier,
        member.RegisteredAt,
        ErasedAt: member.ErasedAt);
}
