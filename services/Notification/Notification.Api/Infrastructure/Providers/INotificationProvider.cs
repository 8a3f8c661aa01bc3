namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// A way out of the platform (capture, HTTP gateway, SMTP). Implementations are singletons and thread-safe.
/// </summary>
public interface INotificationProvider
{
    /// <summary>The name configuration selects it by and NotificationSent reports.</summary>
    string Name { get; }

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
