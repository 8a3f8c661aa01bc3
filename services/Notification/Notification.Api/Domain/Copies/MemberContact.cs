using Loyalty.BuildingBlocks.Copies;
using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Copies;

/// <summary>
/// This service's copy of what it needs about a member (from MemberRegistered / MemberProfileUpdated /
/// MemberTierChanged). The phone is kept protected.
/// </summary>
public sealed class MemberContact
{
    private MemberContact()
    {
    }

    public Guid MemberId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>
    /// The phone number encrypted with ASP.NET Core Data Protection; only decrypted to hand an SMS to the provider.
    /// </summary>
    public string ProtectedPhone { get; private set; } = "";

    public string HomeStoreId { get; private set; } = "";

    public Tier Tier { get; private set; }

    /// <summary>When Members stated the name, phone and home store kept here.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static MemberContact From(
        Guid memberId,
        string name,
        string protectedPhone,
        string homeStoreId,
        DateTimeOffset at,
        Tier tier = default) => new()
        {
            MemberId = memberId, Name = name, ProtectedPhone = protectedPhone, HomeStoreId = homeStoreId, Tier = tier,
            UpdatedAt = at,
        };

    /// <summary>Takes the profile Members stated at <paramref name="at"/> unless a later one is kept.</summary>
    public void ChangeProfile(string name, string protectedPhone, string homeStoreId, DateTimeOffset at)
    {
        if (LatestWins.Replaces(at, UpdatedAt))
        {
            (Name, ProtectedPhone, HomeStoreId, UpdatedAt) = (name, protectedPhone, homeStoreId, at);
        }
    }

    /// <summary>The tier of the latest change handled (tier changes carry no order of their own here).</summary>
    public void ChangeTier(Tier tier) => Tier = tier;
}
