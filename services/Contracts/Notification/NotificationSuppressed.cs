namespace Loyalty.Contracts.Notification;

/// <summary>
/// A requested message was deliberately not sent (no consent, over the cap, duplicate). Quiet hours defer, they do not
/// suppress.
/// </summary>
public sealed record NotificationSuppressed(
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    SuppressionReason Reason) : IntegrationEvent;
