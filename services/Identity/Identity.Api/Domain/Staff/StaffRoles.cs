using Loyalty.ServiceDefaults;

namespace Loyalty.Identity.Api.Domain.Staff;

/// <summary>The roles a staff account can hold, and the rules for an account's roles and stores.</summary>
public static class StaffRoles
{
    public static readonly IReadOnlyList<string> All = [Roles.Staff, Roles.Marketing, Roles.Ops, Roles.Admin];

    public const int MaxStores = 50;

    /// <summary>Field → messages for roles and stores that cannot be; empty when they are fine.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<string> roles, IReadOnlyList<string> storeIds)
    {
        var errors = new Dictionary<string, string[]>();
        if (roles.Count == 0 || roles.Any(role => !All.Contains(role)))
        {
            errors["roles"] = [$"Give one or more of: {string.Join(", ", All)}."];
        }

        if (storeIds.Count > MaxStores
            || storeIds.Any(store => string.IsNullOrWhiteSpace(store) || store.Length > 32 || store.Contains('*')))
        {
            errors["storeIds"] = [$"At most {MaxStores} store codes of 1 to 32 characters."];
        }
        else if (roles.Contains(Roles.Staff) && !roles.Contains(Roles.Admin) && storeIds.Count == 0)
        {
            errors["storeIds"] = ["A front-desk account acts for one or more stores: name them."];
        }

        return errors;
    }
}
