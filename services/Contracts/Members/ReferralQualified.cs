namespace Loyalty.Contracts.Members;

/// <summary>A referred member made their first purchase, so the referrer has earned the referral reward.</summary>
public sealed record ReferralQualified(
    Guid ReferrerMemberId,
    Guid RefereeMemberId,
    string ExternalOrderId) : IntegrationEvent;
