namespace Loyalty.Console.Api;

// The Members area's requests and answers, as the gateway's APIs spell them. Enumerations are kept as strings so a
// value a service adds later shows as it is instead of failing the whole page.

/// <summary>
/// GET /api/members/{id}, and each row of a search. An erased member (ErasedAt set) has no phone or birth date any more
/// (docs/privacy.md).
/// </summary>
public sealed record MemberProfile(
    Guid Id,
    string? Phone,
    string Name,
    string Gender,
    DateOnly? BirthDate,
    string? SkinType,
    IReadOnlyList<string> InterestTags,
    string HomeStoreId,
    string ReferralCode,
    Guid? ReferredByMemberId,
    string Tier,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ErasedAt = null);

/// <summary>GET /api/members?phone=&amp;name=&amp;tag=&amp;page=&amp;pageSize=</summary>
public sealed record MemberSearchPage(int Page, int PageSize, int TotalMembers, IReadOnlyList<MemberProfile> Members);

/// <summary>PUT /api/members/{id}: the whole editable profile.</summary>
public sealed record MemberProfileEditRequest(
    string? Name,
    string? Gender,
    DateOnly? BirthDate,
    string? HomeStoreId,
    string? SkinType,
    IReadOnlyList<string> InterestTags);

/// <summary>GET/PUT /api/members/{id}/consents: one channel and purpose.</summary>
public sealed record MemberConsent(
    string Channel, string Purpose, bool Granted, string? Source, DateTimeOffset? ChangedAt);

public sealed record ConsentChoiceRequest(string Channel, string Purpose, bool Granted);

public sealed record ConsentChangeRequest(IReadOnlyList<ConsentChoiceRequest> Consents, string Source);

/// <summary>GET /api/members/{id}/tier-history, newest first.</summary>
public sealed record TierChange(
    string FromTier, string ToTier, string Reason, decimal RollingSpend, DateTimeOffset ChangedAt);

/// <summary>GET /api/points/accounts/{memberId}.</summary>
public sealed record PointsAccount(Guid MemberId, long Balance, DateTimeOffset OpenedAt);

/// <summary>GET /api/points/accounts/{memberId}/ledger?page=&amp;pageSize=</summary>
public sealed record PointsLedgerPage(
    Guid MemberId, long Balance, int Page, int PageSize, int TotalEntries, IReadOnlyList<PointsLedgerEntry> Entries);

public sealed record PointsLedgerEntry(
    Guid Id,
    long Points,
    string Reason,
    string SourceRef,
    long BalanceAfter,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt);

/// <summary>POST /api/points/adjustments (admins): grant (positive) or deduct (negative) with a reason.</summary>
public sealed record PointsAdjustmentRequest(IReadOnlyList<Guid> MemberIds, long? Points, string? Reason);

public sealed record PointsAdjustmentOutcome(Guid MemberId, string Outcome, long? BalanceAfter);

/// <summary>POST /api/points/actions (front desk): a review, social share or survey the member did.</summary>
public sealed record PointsActionRequest(Guid MemberId, string? Action, string? Reference);

public sealed record PointsActionOutcome(
    Guid MemberId, string Action, string Reference, long Points, long Balance, string Outcome);

/// <summary>GET /api/purchases?memberId=&amp;page=&amp;pageSize= (apis-pm): purchases with their refunds.</summary>
public sealed record MemberPurchasePage(
    int Page, int PageSize, int TotalPurchases, IReadOnlyList<MemberPurchase> Purchases);

public sealed record MemberPurchase(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    decimal RefundedAmount,
    IReadOnlyList<PurchaseItem> Items,
    DateTimeOffset PaidAt,
    long PointsEarned,
    IReadOnlyList<PurchaseRefundLine> Refunds);

public sealed record PurchaseRefundLine(Guid RefundId, decimal Amount, long PointsTakenBack, DateTimeOffset RefundedAt);

/// <summary>GET /api/coupons/members/{memberId}, newest first.</summary>
public sealed record MemberCoupon(
    Guid Id,
    string Code,
    Guid MemberId,
    Guid TemplateId,
    string TemplateName,
    string Kind,
    decimal Value,
    decimal Threshold,
    string? GiftName,
    Guid? CampaignId,
    string Source,
    string Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    DateTimeOffset? RedeemedAt,
    string? RedeemedOrderId,
    decimal? DiscountAmount,
    Guid? RedeemedPurchaseId);

/// <summary>GET /api/coupons/templates: what staff may issue from.</summary>
public sealed record CouponTemplateChoice(
    Guid Id, string Name, string Kind, decimal Value, decimal Threshold, DateTimeOffset? ValidUntil);

/// <summary>POST /api/coupons: staff issue a coupon by hand (requestId makes a retry issue once).</summary>
public sealed record CouponIssueRequest(Guid? TemplateId, Guid MemberId, Guid RequestId);

/// <summary>GET /api/campaigns/tasks/members/{memberId}.</summary>
public sealed record MemberGrowthTask(
    Guid Id,
    Guid CampaignId,
    string Kind,
    string Name,
    int Progress,
    int Target,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? CompletedAt,
    long RewardPoints);

/// <summary>GET /api/segments/members/{memberId}: RFM scores, layer, predictions and segments.</summary>
public sealed record MemberScores(
    Guid MemberId,
    bool Registered,
    int Purchases,
    decimal Spend,
    DateOnly? FirstPurchaseOn,
    DateOnly? LastPurchaseOn,
    DateOnly? ScoredOn,
    int? RecencyDays,
    int? R,
    int? F,
    int? M,
    string? RfmGroup,
    string? Layer,
    bool IsVip,
    bool IsPotentialChurn,
    long PointsBalance,
    MemberPredictions? Predictions,
    IReadOnlyList<string> Segments,
    LatestNps? LatestNps = null);

/// <summary>Her latest NPS answer, as Segmentation keeps it from SurveyAnswered (issue 17).</summary>
public sealed record LatestNps(int Score, string Group, DateTimeOffset AnsweredAt);

public sealed record MemberPredictions(
    DateOnly? PredictedOn,
    double ProbabilityAlive,
    double ExpectedPurchases,
    int HorizonDays,
    decimal ExpectedSpend,
    decimal Clv);

/// <summary>
/// GET /api/segments: a segment's code and the name it was given (the member page names her segments).
/// </summary>
public sealed record SegmentLabel(string Code, string Name);
