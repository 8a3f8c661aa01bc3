using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// The answer when a front-desk token asks to act for a store its account does not name (a purchase, a coupon
/// redemption, a registration): 403 naming the field. Which stores a caller acts for: <see
/// cref="ClaimsPrincipalExtensions.ActsFor"/>.
/// </summary>
public static class StoreScope
{
    /// <summary>Null when the caller acts for the store (or none is given: the request's own rules decide).</summary>
    public static ProblemHttpResult? Refuses(ClaimsPrincipal user, string? storeId, string field) =>
        storeId is null || user.ActsFor(storeId) ? null : Forbidden(field);

    /// <summary>
    /// The stores whose figures and lists the caller may read, or null for every store: a front-desk token reads only
    /// the stores its account names; marketing, ops, admins and partners read the whole chain.
    /// </summary>
    public static IReadOnlyList<string>? ReadableStores(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Marketing) || user.IsInRole(Roles.Ops)
            || user.IsInRole(Roles.Partner) || !user.IsInRole(Roles.Staff))
        {
            return null;
        }

        var stores = user.FindAll(ClaimsPrincipalExtensions.StoreClaim).Select(claim => claim.Value).ToList();
        return stores.Contains(ClaimsPrincipalExtensions.AllStores) ? null : stores;
    }

    /// <summary>
    /// Whether the caller may read what belongs to this store (null: to no store, which only chain-wide readers may).
    /// </summary>
    public static bool MayRead(ClaimsPrincipal user, string? storeId) =>
        ReadableStores(user) is not { } readable
        || (storeId is not null && readable.Contains(storeId, StringComparer.OrdinalIgnoreCase));

    /// <summary>403 naming the field when a front-desk token asks to read a store it does not act for.</summary>
    public static ProblemHttpResult? RefusesReading(ClaimsPrincipal user, string? storeId, string field) =>
        storeId is null || MayRead(user, storeId) ? null : Forbidden(field);

    private static ProblemHttpResult Forbidden(string field) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "This account does not act for this store.",
        extensions: new Dictionary<string, object?> { ["field"] = field });
}
