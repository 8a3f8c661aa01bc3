namespace Loyalty.ServiceDefaults;

/// <summary>
/// What a partner system may do: the scopes an admin grants its client, carried in its tokens ("scope" claim).
/// </summary>
public static class ApiScopes
{
    public const string MembersRead = "loyalty.members.read";
    public const string PurchasesWrite = "loyalty.purchases.write";
    public const string KpisRead = "loyalty.kpis.read";

    public static readonly IReadOnlyList<string> All = [MembersRead, PurchasesWrite, KpisRead];
}
