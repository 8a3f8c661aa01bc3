using System.Text.RegularExpressions;

namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// A <c>storeId</c> filter as the query string gives it: absent for every store, else a store id as Members and Points
/// accept one (2–32 letters, digits or dashes), compared upper-cased as they store it.
/// </summary>
public static partial class StoreQuery
{
    public static string? Read(string? storeId, IDictionary<string, string[]> errors)
    {
        if (storeId is null)
        {
            return null;
        }

        var store = storeId.Trim();
        if (!StoreIdPattern().IsMatch(store))
        {
            errors["storeId"] = ["storeId is 2–32 letters, digits or dashes, e.g. SH-JINGAN-01."];
            return null;
        }

        return store.ToUpperInvariant();
    }

    [GeneratedRegex("^[A-Za-z0-9-]{2,32}$")]
    private static partial Regex StoreIdPattern();
}
