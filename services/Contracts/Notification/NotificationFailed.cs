namespace Loyalty.Contracts.Notification;

/// <summary>Sending failed for good after the retries.</summary>
public sealed record NotificationFailed(
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    string Reason,
    int Attempts) : IntegrationEvent;
