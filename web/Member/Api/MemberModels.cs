namespace Loyalty.Member.Api;

// What the member app reads and sends, as the gateway's APIs spell them; only the fields a page shows. Enumerations
// are strings, so a value a service adds later shows as it is instead of failing the page.

/// <summary>GET /api/members/me (rollingSpend: her spend in the last 12 months, refunds taken off).</summary>
public sealed record MemberProfile(
    Guid Id, string Name, string HomeStoreId, string ReferralCode, string Tier, decimal? RollingSpend);

/// <summary>GET /api/members/tier-thresholds.</summary>
public sealed record TierThreshold(string Tier, decimal MinRollingSpend);

/// <summary>GET /api/points/accounts/me.</summary>
public sealed record PointsAccount(long Balance);

/// <summary>GET /api/coupons/me, newest first.</summary>
public sealed record Coupon(
    Guid Id,
    string Code,
    string TemplateName,
    string Kind,
    decimal Value,
    decimal Threshold,
    string? GiftName,
    string Status,
    DateTimeOffset ValidUntil);

/// <summary>GET /api/campaigns/tasks/me.</summary>
public sealed record GrowthTask(
    Guid Id, string Kind, string Name, int Progress, int Target, string Status, DateTimeOffset ExpiresAt,
    long RewardPoints);

/// <summary>GET /api/points/catalog: what points can be redeemed for.</summary>
public sealed record CatalogItem(Guid Id, string Name, string Kind, long CostPoints, int? Stock, bool InStock);

/// <summary>POST /api/points/redemptions for herself; the request id makes a second tap redeem once.</summary>
public sealed record RedeemRequest(Guid CatalogItemId, Guid RequestId);

public sealed record Redemption(Guid Id, long Points, long BalanceAfter);

/// <summary>GET /api/notifications/me/inbox: the messages sent to her, newest first.</summary>
public sealed record InboxPage(int Page, int PageSize, int Total, IReadOnlyList<InboxMessage> Items);

public sealed record InboxMessage(
    long Id, string Channel, string Purpose, string TemplateCode, string? Subject, string? Body, DateTimeOffset? SentAt);

/// <summary>GET/PUT /api/members/me/consents: one channel and purpose.</summary>
public sealed record Consent(string Channel, string Purpose, bool Granted, string? Source, DateTimeOffset? ChangedAt);

public sealed record ConsentChoice(string Channel, string Purpose, bool Granted);

public sealed record ConsentChangeRequest(IReadOnlyList<ConsentChoice> Consents, string Source);
