using Loyalty.Contracts;
using Loyalty.Members.Api.Domain;

namespace Loyalty.Members.Api.Apis;

public sealed record MemberResponse(
    Guid Id,
    string Phone,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string? SkinType,
    IReadOnlyList<string> InterestTags,
    string HomeStoreId,
    string ReferralCode,
    Guid? ReferredByMemberId,
    Tier Tier,
    DateTimeOffset RegisteredAt)
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
        member.RegisteredAt);
}
