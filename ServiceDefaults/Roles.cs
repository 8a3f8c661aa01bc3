namespace Loyalty.ServiceDefaults;

/// <summary>The roles a token can carry ("role" claim).</summary>
public static class Roles
{
    public const string Member = "member";

    /// <summary>Front-desk staff, acting for the stores their account names.</summary>
    public const string Staff = "staff";

    /// <summary>Marketing operators: campaigns, coupons, segments, templates.</summary>
    public const string Marketing = "marketing";

    /// <summary>Operations: the platform's health and its dead-letter queues.</summary>
    public const string Ops = "ops";

    public const string Admin = "admin";

    /// <summary>A partner system signed in with client credentials; what it may do is its token's scopes.</summary>
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Member, Staff, Marketing, Ops, Admin, Partner];
}
