using System.Text.Json.Serialization;

namespace Loyalty.Console.Api;

// The front desk's requests and answers, as the gateway's APIs spell them.

/// <summary>POST /api/members: register a member at the desk.</summary>
public sealed record RegisterMemberRequest(
    string? Phone, string? Name, string? Gender, DateOnly? BirthDate, string? HomeStoreId, string? ReferralCode);

/// <summary>POST /api/purchases: a purchase as the till records it.</summary>
public sealed record RecordPurchaseRequest(
    string? ExternalOrderId,
    Guid? MemberId,
    string? StoreId,
    decimal? Amount,
    IReadOnlyList<PurchaseItem> Items,
    DateTimeOffset PaidAt,
    IReadOnlyList<string>? CouponCodes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AdvisorId = null);

/// <summary>
/// One line of a purchase: category is injectables, laser, skincare, body (or another the chain uses).
/// </summary>
public sealed record PurchaseItem(string Sku, string Category, int Quantity, decimal Amount);

/// <summary>What POST /api/purchases and GET /api/purchases/{externalOrderId} answer.</summary>
public sealed record RecordedPurchase(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseItem> Items,
    DateTimeOffset PaidAt,
    DateTimeOffset RecordedAt,
    long PointsEarned,
    IReadOnlyList<EarnedPointsLine> Earned,
    IReadOnlyList<string> CouponCodes,
    string? AdvisorId = null);

/// <summary>The points one earning rule gave (purchase-base, tier-multiplier, birthday-month, ...).</summary>
public sealed record EarnedPointsLine(string RuleCode, long Points);

/// <summary>POST /api/purchases/{externalOrderId}/refunds: no amount refunds all that is left.</summary>
public sealed record RefundPurchaseRequest(decimal? Amount, Guid RequestId);

public sealed record RefundAnswer(
    Guid RefundId,
    string ExternalOrderId,
    Guid MemberId,
    decimal Amount,
    bool CompletesRefund,
    long PointsDue,
    long PointsTakenBack,
    long ShortfallPoints,
    DateTimeOffset RefundedAt);

/// <summary>POST /api/coupons/validate and /api/coupons/redeem: a coupon against a basket.</summary>
public sealed record CouponBasketRequest(
    string? Code,
    string? StoreId,
    decimal? Amount,
    IReadOnlyList<BasketItem> Items,
    Guid? MemberId,
    string? ExternalOrderId);

public sealed record BasketItem(string Category, decimal Amount);

/// <summary>What a coupon gives on a basket, or why not (reason: expired, used, wrong-store, ...).</summary>
public sealed record CouponCheck(
    Guid? CouponId, bool Usable, decimal Discount, string? Reason, string Message, string? ExternalOrderId);
