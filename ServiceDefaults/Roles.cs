namespace Loyalty.ServiceDefaults;

/// <summary>The roles a token can carry ("role" claim).</summary>
public static class Roles
{
    public const string Member = "member";
    public const string Staff = "staff";
    public const string Admin = "admin";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Member, Staff, Admin, Partner];
}
