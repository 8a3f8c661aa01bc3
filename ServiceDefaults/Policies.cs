namespace Loyalty.ServiceDefaults;

/// <summary>
/// Authorization policy names used by the gateway routes and the service endpoints, one per kind of caller; their
/// rules are written once, in <see cref="Microsoft.Extensions.Hosting.AuthenticationExtensions"/>, and
/// docs/security.md lists every endpoint with its policy.
/// </summary>
public static class Policies
{
    /// <summary>Any valid token.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>Front-desk staff or admins.</summary>
    public const string Staff = "staff";

    /// <summary>Marketing operators or admins: campaigns, coupon templates, journeys, rule segments, texts.</summary>
    public const string Marketing = "marketing";

    /// <summary>Front-desk staff, marketing operators or admins: what both read (templates, segments).</summary>
    public const string StaffOrMarketing = "staff-or-marketing";

    /// <summary>Ops or admins: operational actions (recompute, refit).</summary>
    public const string Operations = "operations";

    public const string Admin = "admin";

    /// <summary>Front-desk staff and admins, or a partner system (a POS) with the purchases scope.</summary>
    public const string RecordPurchases = "record-purchases";

    /// <summary>Front-desk staff, marketing operators and admins, or a partner system with the members scope.</summary>
    public const string ReadMembers = "read-members";

    /// <summary>Marketing, ops and admins, or a partner system (BI) with the KPI scope.</summary>
    public const string ReadKpis = "read-kpis";
}
