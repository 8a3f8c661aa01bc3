using Loyalty.Contracts;
using Loyalty.Contracts.Notification;

namespace Loyalty.Notification.Api.Domain;

/// <summary>
/// One requested message and everything that happened to it. It is saved before anything is sent, so a provider
/// outage or a crash never loses it; with the local provider this row is also the captured message people read.
/// </summary>
public sealed class NotificationMessage
{
    /// <summary>Row order: the dispatcher sends in this order.</summary>
    public long Id { get; set; }

    public required Guid RequestId { get; init; }

    public required Guid MemberId { get; init; }

    public required Channel Channel { get; init; }

    public required ConsentPurpose Purpose { get; init; }

    public required string TemplateCode { get; init; }

    public required string Language { get; init; }

    public required string DedupeKey { get; init; }

    /// <summary>True for a repeat of an earlier request's dedupe key (kept as a record of the suppression, not sent).</summary>
    public bool IsDuplicate { get; init; }

    public Guid? CampaignId { get; init; }

    public string? Subject { get; set; }

    /// <summary>The rendered text; null when rendering failed.</summary>
    public string? Body { get; set; }

    /// <summary>Email only: the address, protected (encrypted) at rest. Other channels resolve the recipient at send time.</summary>
    public string? ProtectedRecipient { get; set; }

    public MessageStatus Status { get; set; }

    public SuppressionReason? SuppressionReason { get; set; }

    public string? Error { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the dispatcher may next pick it up (now, the end of quiet hours, or a retry's backoff).</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>A marketing message counts against the caps once, even when it is retried.</summary>
    public bool CountedAgainstCap { get; set; }

    public string? Provider { get; set; }

    public string? ProviderMessageId { get; set; }

    public required DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static NotificationMessage From(NotificationRequested request, string language, DateTimeOffset now, bool isDuplicate = false) => new()
    {
        RequestId = request.RequestId,
        MemberId = request.MemberId,
        Channel = request.Channel,
        Purpose = request.Purpose,
        TemplateCode = request.TemplateCode,
        Language = language,
        DedupeKey = request.DedupeKey,
        IsDuplicate = isDuplicate,
        CampaignId = request.CampaignId,
        Status = MessageStatus.Queued,
        DueAt = now,
        RequestedAt = now,
        UpdatedAt = now,
    };

    public NotificationSuppressed Suppress(SuppressionReason reason, DateTimeOffset now)
    {
        Status = MessageStatus.Suppressed;
        SuppressionReason = reason;
        UpdatedAt = now;
        return new NotificationSuppressed(RequestId, MemberId, Channel, reason) { OccurredAt = now };
    }

    public NotificationFailed Fail(string error, DateTimeOffset now)
    {
        Status = MessageStatus.Failed;
        Error = error.Length > 500 ? error[..500] : error;
        UpdatedAt = now;
        return new NotificationFailed(RequestId, MemberId, Channel, Error, Attempts) { OccurredAt = now };
    }

    public NotificationSent MarkSent(string provider, string providerMessageId, bool delivered, DateTimeOffset now)
    {
        Status = delivered ? MessageStatus.Delivered : MessageStatus.Sent;
        Provider = provider;
        ProviderMessageId = providerMessageId;
        Error = null;
        SentAt = now;
        UpdatedAt = now;
        return new NotificationSent(RequestId, MemberId, Channel, provider, providerMessageId) { OccurredAt = now };
    }

    public void Defer(DateTimeOffset until, DateTimeOffset now)
    {
        Status = MessageStatus.Deferred;
        DueAt = until;
        UpdatedAt = now;
    }

    public void RetryAt(DateTimeOffset at, string error, DateTimeOffset now)
    {
        Status = MessageStatus.Queued;
        DueAt = at;
        Error = error.Length > 500 ? error[..500] : error;
        UpdatedAt = now;
    }
}
