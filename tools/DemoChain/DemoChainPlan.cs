namespace Loyalty.DemoChain;

/// <summary>A consent a member gave: channel and purpose as the Members API names them.</summary>
public sealed record DemoConsent(string Channel, string Purpose);

/// <summary>A demo member as the import file and the consent and campaign steps need her.</summary>
/// <param name="ResponseDraw">
/// Uniform in [0, 1): whether she answers a campaign (below <see cref="DemoChainPlan.CouponResponseRate"/> with a
/// coupon in hand, below <see cref="DemoChainPlan.BaselineResponseRate"/> without one).
/// </param>
/// <param name="CampaignOffer">What she buys when she answers.</param>
public sealed record DemoMember(
    int Index,
    string Phone,
    string Name,
    string Gender,
    DateOnly BirthDate,
    string HomeStoreId,
    string SkinType,
    IReadOnlyList<string> InterestTags,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<DemoConsent> Consents,
    string ConsentSource,
    double ResponseDraw,
    Treatment CampaignOffer);

/// <summary>One basket line (what POST /api/purchases takes).</summary>
public sealed record DemoItem(string Sku, string Category, int Quantity, decimal Amount);

/// <summary>One purchase of the history, dated in the past year.</summary>
/// <param name="AdvisorId">The staff member who advised her (a few names per clinic), if the till named one.</param>
public sealed record DemoPurchase(
    string ExternalOrderId, int MemberIndex, string StoreId, DateTimeOffset PaidAt, IReadOnlyList<DemoItem> Items,
    string? AdvisorId = null)
{
    public decimal Amount => Items.Sum(i => i.Amount);
}

/// <summary>Everything the loader sends, drawn once from the seed.</summary>
public sealed record DemoChainPlan(
    int Seed, IReadOnlyList<DemoMember> Members, IReadOnlyList<DemoPurchase> Purchases)
{
    /// <summary>Of the members a campaign's coupon reached, the share who come back with it.</summary>
    public const double CouponResponseRate = 0.18;

    /// <summary>Of the members without a coupon (held out, or not in the audience), the share who come anyway.</summary>
    public const double BaselineResponseRate = 0.05;

    /// <summary>The purchase recorded last: its existence says the whole demo has been loaded.</summary>
    public string CompletionOrderId => $"DEMO-{Seed}-CLOSE";

    /// <summary>The order of a member's answer to the campaigns.</summary>
    public string ResponseOrderId(DemoMember member) => $"DEMO-{Seed}-{member.Index:D5}-C";
}
