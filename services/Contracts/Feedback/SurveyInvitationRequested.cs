namespace Loyalty.Contracts.Feedback;

/// <summary>
/// Another service (a campaign's survey action) asks Feedback to invite a member to a survey. RequestId is the
/// idempotency key; Feedback still applies its own rules (consent, at most one invitation per member per period).
/// </summary>
public sealed record SurveyInvitationRequested(
    Guid RequestId,
    Guid MemberId,
    string SurveyCode,
    Guid? CampaignId) : IntegrationEvent;
