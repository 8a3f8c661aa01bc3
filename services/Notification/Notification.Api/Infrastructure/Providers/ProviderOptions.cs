using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// Configuration section "Notification:Providers": which provider each channel uses, and the real adapters' settings.
/// </summary>
public sealed class ProviderOptions
{
    public const string SectionName = "Notification:Providers";

    /// <summary>The provider for channels not listed in <see cref="Channels"/>: "local", "http" or "smtp".</summary>
    public string Default { get; set; } = LocalCaptureProvider.ProviderName;

    /// <summary>Per channel override, e.g. Channels:Email = "smtp", Channels:Sms = "http".</summary>
    public Dictionary<Channel, string> Channels { get; set; } = [];

    public HttpProviderOptions Http { get; set; } = new();

    public SmtpProviderOptions Smtp { get; set; } = new();

    public string For(Channel channel) => Channels.TryGetValue(channel, out var name) ? name : Default;
}
