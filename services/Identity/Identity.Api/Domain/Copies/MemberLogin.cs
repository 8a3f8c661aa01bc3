using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Identity.Api.Domain.Copies;

/// <summary>
/// What Identity keeps of a member (from Members' MemberRegistered and MemberProfileUpdated): her id, and her phone
/// only as a keyed hash (PhoneLookup), enough to find her when she asks for a sign-in code and nothing to read back.
/// </summary>
public sealed class MemberLogin
{
    private MemberLogin()
    {
    }

    public Guid MemberId { get; private set; }

    /// <summary>HMAC-SHA256 of the 11-digit phone with Identity's lookup key, hex.</summary>
    public string PhoneHash { get; private set; } = "";

    /// <summary>When Members stated the phone kept here.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static MemberLogin Create(Guid memberId, string phoneHash, DateTimeOffset asOf) =>
        new() { MemberId = memberId, PhoneHash = phoneHash, AsOf = asOf.ToUniversalTime() };

    public void ChangePhone(string phoneHash, DateTimeOffset asOf)
    {
        if (LatestWins.Replaces(asOf, AsOf))
        {
            (PhoneHash, AsOf) = (phoneHash, asOf.ToUniversalTime());
        }
    }
}
