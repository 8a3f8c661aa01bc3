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
        storeId is null || user.ActsFor(storeId)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "This account does not act for this store.",
                extensions: new Dictionary<string, object?> { ["field"] = field });
}
