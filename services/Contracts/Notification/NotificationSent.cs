namespace Loyalty.Contracts.Notification;

/// <summary>A provider accepted the message.</summary>
public sealed record NotificationSent(
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    string Provider,
    string ProviderMessageId) : IntegrationEvent;
