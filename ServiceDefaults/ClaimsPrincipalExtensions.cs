using System.Security.Claims;

namespace Loyalty.ServiceDefaults;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The member id of a member's token ("sub" claim), or null for other callers.</summary>
    public static Guid? MemberId(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Member) && Guid.TryParse(user.FindFirstValue("sub"), out var id) ? id : null;

    public static bool IsStaffOrAdmin(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    /// <summary>A member may see only their own data; staff and admins see any member's.</summary>
    public static bool MaySee(this ClaimsPrincipal user, Guid memberId) =>
        user.IsStaffOrAdmin() || user.MemberId() == memberId;

    /// <summary>
    /// The claim naming a store a staff token acts for; "*" (development tokens only: real accounts name their
    /// stores) stands for every store.
    /// </summary>
    public const string StoreClaim = "store";

    public const string AllStores = "*";

    /// <summary>
    /// Whether the caller may record, redeem or register for this store: admins and partner systems for any store,
    /// front-desk staff for the stores their account names, nobody else.
    /// </summary>
    public static bool ActsFor(this ClaimsPrincipal user, string? storeId) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Partner)
        || (user.IsInRole(Roles.Staff) && user.FindAll(StoreClaim).Any(claim =>
            claim.Value == AllStores || string.Equals(claim.Value, storeId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A partner system's token granted this scope.</summary>
    public static bool IsPartnerWith(this ClaimsPrincipal user, string scope) =>
        user.IsInRole(Roles.Partner) && user.HasScope(scope);

    /// <summary>
    /// Whether the caller may read a member's profile: those who may see her data (<see cref="MaySee"/>),
    /// marketing operators, and partner systems with the members scope.
    /// </summary>
    public static bool MayReadProfileOf(this ClaimsPrincipal user, Guid memberId) =>
        user.MaySee(memberId) || user.IsInRole(Roles.Marketing) || user.IsPartnerWith(ApiScopes.MembersRead);

    /// <summary>Whether the token carries the scope (the "scope" claim, space-separated as OAuth writes it).</summary>
    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll("scope").Any(claim => claim.Value.Split(' ').Contains(scope, StringComparer.Ordinal));
}
