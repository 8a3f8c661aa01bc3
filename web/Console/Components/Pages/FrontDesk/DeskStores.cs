using Loyalty.Console.Authentication;
using Loyalty.Console.Extensions;
using Loyalty.ServiceDefaults;

namespace Loyalty.Console.Components.Pages.FrontDesk;

/// <summary>
/// The stores a front-desk account acts for (its own, first: the one preselected) and the chain's others. An account
/// with every store ("*") or an admin acts for all of them.
/// </summary>
public sealed record DeskStores(IReadOnlyList<Store> Own, IReadOnlyList<Store> All)
{
    public string? Preselected => Own.FirstOrDefault()?.Id;

    /// <summary>Its own stores first, then the chain's others: picking one of those gets the API's refusal.</summary>
    public IReadOnlyList<Store> OwnFirst => [.. Own, .. All.Where(s => !Own.Contains(s))];

    public static async Task<DeskStores> LoadAsync(UserSession session, Stores stores)
    {
        var user = await session.UserAsync();
        var claimed = await session.StoreIdsAsync();
        if (user.IsInRole(Roles.Admin) || claimed.Contains(ClaimsPrincipalExtensions.AllStores) || claimed.Count == 0)
        {
            return new DeskStores(stores.All, stores.All);
        }

        // A store the account names but the console's list does not still shows, by its id.
        var own = claimed.Select(id => stores.All.FirstOrDefault(s => string.Equals(s.Id, id,
            StringComparison.OrdinalIgnoreCase)) ?? new Store(id, id, id)).ToList();
        return new DeskStores(own, stores.All);
    }
}
