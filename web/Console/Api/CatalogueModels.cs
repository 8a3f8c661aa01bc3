namespace Loyalty.Console.Api;

// The catalogue and rules pages' requests and answers: coupon templates (Campaign), the points catalogue and the
// earning policy (Points), tier thresholds (Members), notification templates (Notification). Enums travel as their
// names, so they are strings here.

/// <summary>GET/POST /api/coupons/templates.</summary>
public sealed record CouponTemplate(
    Guid Id, string Name, string Kind, decimal Value, decimal Threshold, decimal? MaxDiscount, string? GiftName,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, int? ValidDays, int? PerMemberLimit,
    IReadOnlyList<string> StoreIds, IReadOnlyList<string> Categories, DateTimeOffset CreatedAt, decimal FaceValue);

public sealed record CouponTemplateRequest(
    string Name, string Kind, decimal Value, decimal Threshold, decimal? MaxDiscount, string? GiftName,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, int? ValidDays, int? PerMemberLimit,
    IReadOnlyList<string> StoreIds, IReadOnlyList<string> Categories);

/// <summary>GET/POST/PUT /api/points/catalog.</summary>
public sealed record CatalogItem(
    Guid Id, string Name, string Kind, long CostPoints, int? Stock, bool Active, Guid? CouponTemplateId, bool InStock);

public sealed record CatalogItemRequest(
    string? Name, long CostPoints, string Kind, int? Stock, bool Active, Guid? CouponTemplateId);

/// <summary>GET/PUT /api/points/earning-policy (the same shape both ways).</summary>
public sealed record EarningPolicy(
    decimal BaseRatePerCny,
    decimal StandardMultiplier,
    decimal SilverMultiplier,
    decimal GoldMultiplier,
    decimal DiamondMultiplier,
    decimal BirthdayMultiplier,
    long ReviewBonus,
    long SocialShareBonus,
    int SocialShareMonthlyCap,
    long SurveyBonus,
    long ReferralBonus,
    int LotLifetimeMonths);

/// <summary>GET/PUT /api/members/tier-thresholds (a list of every tier).</summary>
public sealed record TierThreshold(string Tier, decimal MinRollingSpend);

/// <summary>GET /api/notifications/templates, PUT .../{code}/{channel}/{language}.</summary>
public sealed record NotificationTemplate(
    string Code, string Channel, string Language, string? Subject, string Body, IReadOnlyList<string> Variables,
    DateTimeOffset UpdatedAt);

public sealed record TemplateEdit(string? Body, string? Subject);

/// <summary>POST /api/notifications/templates/preview: unsaved text with sample variables.</summary>
public sealed record TemplatePreviewRequest(
    string Channel, string Language, string? Subject, string? Body, Dictionary<string, string> Variables);

public sealed record TemplatePreview(string? Subject, string Body);

/// <summary>The names the APIs take for their enums, in the order a picker lists them.</summary>
public static class CatalogueChoices
{
    public static readonly string[] CouponKinds = ["AmountOff", "PercentOff", "FreeItem"];
    public static readonly string[] CatalogKinds = ["Coupon", "Gift", "Treatment"];
    public static readonly string[] Tiers = ["Standard", "Silver", "Gold", "Diamond"];
    public static readonly string[] Channels = ["Sms", "WeChat", "Email", "Push"];
    public static readonly string[] Languages = ["zh-CN", "en"];
}
