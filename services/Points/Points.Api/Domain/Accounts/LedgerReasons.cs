namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>
/// The reasons written on ledger entries that are not earning rules (those are <c>EarningRuleCodes</c>); an admin
/// adjustment writes its own reason.
/// </summary>
public static class LedgerReasons
{
    /// <summary>Points spent on a catalog item.</summary>
    public const string Redemption = "redemption";

    /// <summary>Points a refund takes back (as far as the balance allows; the rest is its shortfall).</summary>
    public const string RefundTakeBack = "refund-takeback";

    /// <summary>Points of lots whose time has come.</summary>
    public const string Expiry = "expiry";

    /// <summary>Points another service asked for (PointsGrantRequested).</summary>
    public const string CampaignGrant = "campaign-grant";
}
