namespace Loyalty.Notification.Api.Infrastructure.Providers;

public sealed class HttpProviderOptions
{
    /// <summary>Where messages are POSTed as JSON.</summary>
    public Uri? Url { get; set; }

    /// <summary>
    /// Shared secret: the body's HMAC-SHA256 goes in the X-Loyalty-Signature header ("sha256=" + lowercase hex).
    /// </summary>
    public string? Secret { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
