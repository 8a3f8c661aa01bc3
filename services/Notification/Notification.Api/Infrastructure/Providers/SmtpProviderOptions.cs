namespace Loyalty.Notification.Api.Infrastructure.Providers;

public sealed class SmtpProviderOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@loyalty.local";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
