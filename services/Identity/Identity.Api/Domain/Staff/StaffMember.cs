using Microsoft.AspNetCore.Identity;

namespace Loyalty.Identity.Api.Domain.Staff;

/// <summary>
/// A clinic chain's employee who signs in with a user name and password: front desk, marketing, ops or admin. The
/// password hash, lockout counters and security stamp are ASP.NET Core Identity's; what the chain decides about the
/// account (its roles, the stores it may act for, whether it is disabled) changes only through the methods here.
/// </summary>
public sealed class StaffMember : IdentityUser<Guid>
{
    private StaffMember()
    {
    }

    public string DisplayName { get; private set; } = "";

    /// <summary>The stores a front-desk account may act for; empty for roles that are not tied to a store.</summary>
    public List<string> StoreIds { get; private set; } = [];

    /// <summary>The account's roles (StaffRoles); a token carries each as a "role" claim.</summary>
    public List<string> Roles { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public static StaffMember Create(
        string userName,
        string displayName,
        IReadOnlyList<string> roles,
        IReadOnlyList<string> storeIds,
        DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            UserName = userName,
            DisplayName = displayName,
            Roles = [.. roles],
            StoreIds = [.. storeIds],
            CreatedAt = now,
            // Lockout after repeated failures applies to every account (IdentityOptions.Lockout).
            LockoutEnabled = true,
        };

    public void ChangeAccess(IReadOnlyList<string> roles, IReadOnlyList<string> storeIds)
    {
        Roles = [.. roles];
        StoreIds = [.. storeIds];
    }

    /// <summary>A disabled account cannot sign in; tokens it holds expire with their lifetime.</summary>
    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    public void Enable() => DisabledAt = null;
}
