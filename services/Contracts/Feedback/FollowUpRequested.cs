namespace Loyalty.Contracts.Feedback;

/// <summary>
/// Another service (a campaign's follow-up action, "call the dormant VIPs of this segment") asks Feedback to open a
/// care follow-up task (回访) at the member's home store, due DueInDays clinic days from now. RequestId is the
/// idempotency key: the same request opens one task.
/// </summary>
public sealed record FollowUpRequested(
    Guid RequestId,
    Guid MemberId,
    string Reason,
    Guid? CampaignId,
    int DueInDays) : IntegrationEvent;
