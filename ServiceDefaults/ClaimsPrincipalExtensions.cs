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
}
