using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Domain.Templates;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Configuration section "Notification" (environment: Notification__Key). docs/notifications.md lists every key.
/// </summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notification";

    /// <summary>
    /// The language templates are rendered in when a request does not ask for one ("language" variable).
    /// </summary>
    public string DefaultLanguage { get; set; } = DefaultTemplates.Chinese;

    /// <summary>
    /// Whether staff see the body of sign-in code messages in the message log. Only for local work, where the
    /// local provider sends nothing and the log is how a developer reads the code (appsettings.Development.json);
    /// otherwise a front-desk account could sign in as any member.
    /// </summary>
    public bool ShowSignInCodes { get; set; }

    /// <summary>IANA time zone of stores not listed in <see cref="StoreTimeZones"/>.</summary>
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Store id → IANA time zone (e.g. "HK-CENTRAL-01": "Asia/Hong_Kong").</summary>
    public Dictionary<string, string> StoreTimeZones { get; set; } = [];

    /// <summary>
    /// The chain's store directory: store id → language → the name members read as {{store}}
    /// ("SH-XUHUI-02": {"zh-CN": "徐汇店", "en": "Xuhui Clinic"}). See <see cref="StoreName"/>.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Stores { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Store id → one name for every language (the older, single-language form of <see cref="Stores"/>).
    /// </summary>
    public Dictionary<string, string> StoreNames { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Quiet hours for marketing, local store time ("HH:mm"); equal values switch them off.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(9, 0);

    /// <summary>Marketing messages per member and channel per store-local day / ISO week.</summary>
    public int MarketingPerDay { get; set; } = 1;

    public int MarketingPerWeek { get; set; } = 3;

    /// <summary>The channel for the messages this service raises itself (points expired, tier changed).</summary>
    public Channel TransactionalChannel { get; set; } = Channel.Sms;

    /// <summary>Attempts before a transiently failing message is given up (NotificationFailed).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Messages locked and sent per dispatcher round, and how many sends run at once within it.</summary>
    public int BatchSize { get; set; } = 500;

    public int SendConcurrency { get; set; } = 16;

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a request for a member this service has not heard of is redelivered before it is suppressed
    /// (UnknownMember).
    /// </summary>
    public TimeSpan UnknownMemberGrace { get; set; } = TimeSpan.FromMinutes(10);

    public QuietHours QuietHours => new(QuietHoursStart, QuietHoursEnd);

    public TimeZoneInfo TimeZoneOf(string? storeId) =>
        TimeZoneInfo.FindSystemTimeZoneById(
            storeId is not null && StoreTimeZones.TryGetValue(storeId, out var zone) ? zone : DefaultTimeZone);

    /// <summary>
    /// The store's name in the language, else its Chinese name, else its name in <see cref="StoreNames"/>; a store
    /// the directory does not know is shown by its id.
    /// </summary>
    public string StoreName(string storeId, string language)
    {
        if (Stores.TryGetValue(storeId, out var names))
        {
            var named = names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList();
            string? In(string wanted) =>
                named.FirstOrDefault(n => string.Equals(n.Key, wanted, StringComparison.OrdinalIgnoreCase)).Value;
            var found = In(language) ?? In(DefaultTemplates.Chinese);
            if (found is not null)
            {
                return found;
            }
        }

        return StoreNames.TryGetValue(storeId, out var name) && !string.IsNullOrWhiteSpace(name) ? name : storeId;
    }

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(RetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20)), MaxRetryDelay.Ticks));
}
