using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain;

/// <summary>This service's copy of what it needs about a member (from MemberRegistered / MemberProfileUpdated). The phone is kept protected.</summary>
public sealed class MemberContact
{
    public required Guid MemberId { get; init; }

    public required string Name { get; set; }

    /// <summary>The phone number encrypted with ASP.NET Core Data Protection; only decrypted to hand an SMS to the provider.</summary>
    public required string ProtectedPhone { get; set; }

    public required string HomeStoreId { get; set; }

    public Tier Tier { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
