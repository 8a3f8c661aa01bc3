namespace Loyalty.Notification.Api.Infrastructure.Providers;

public enum DeliveryOutcome
{
    /// <summary>The provider took the message.</summary>
    Accepted,

    /// <summary>The provider took it and reports it delivered.</summary>
    Delivered,

    /// <summary>Worth trying again later (timeout, 5xx, 429, connection refused).</summary>
    TransientFailure,

    /// <summary>Will never work (rejected recipient, 4xx): recorded, not retried.</summary>
    PermanentFailure,
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? ProviderMessageId = null, string? Error = null)
{
    public static DeliveryResult Accepted(string providerMessageId) => new(DeliveryOutcome.Accepted, providerMessageId);

    public static DeliveryResult Delivered(string providerMessageId) => new(DeliveryOutcome.Delivered, providerMessageId);

    public static DeliveryResult Transient(string error) => new(DeliveryOutcome.TransientFailure, Error: error);

    public static DeliveryResult Permanent(string error) => new(DeliveryOutcome.PermanentFailure, Error: error);
}
