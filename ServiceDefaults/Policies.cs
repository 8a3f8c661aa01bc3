namespace Loyalty.ServiceDefaults;

/// <summary>Authorization policy names used by the gateway routes and the service endpoints.</summary>
public static class Policies
{
    /// <summary>Any valid token.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>Front-desk staff or admins.</summary>
    public const string Staff = "staff";

    public const string Admin = "admin";

    /// <summary>Front-desk staff and admins, or a partner system (a POS) with the purchases scope.</summary>
    public const string RecordPurchases = "record-purchases";
}
