namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// The local default: nothing leaves the machine. The message row (rendered subject and body, status, times) is the
/// capture; members read theirs at /api/notifications/me/inbox and operators everything at /api/notifications/messages.
/// </summary>
public sealed class LocalCaptureProvider : INotificationProvider
{
    public const string ProviderName = "local";

    public string Name => ProviderName;

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Delivered($"local-{message.MessageId}"));
}
