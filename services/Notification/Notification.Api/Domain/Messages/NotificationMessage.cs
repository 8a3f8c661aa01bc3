using Loyalty.Contracts;
using Loyalty.Contracts.Notification;

namespace Loyalty.Notification.Api.Domain.Messages;

/// <summary>
/// One requested message and everything that happened to it. It is saved before anything is sent, so a provider
/// outage or a crash never loses it; with the local provider this row is also the captured message people read.
/// </summary>
public sealed class NotificationMessage
{
    public const int MaxErrorLength = 500;

    private NotificationMessage()
    {
    }

    /// <summary>Row order: the dispatcher sends in this order.</summary>
    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid MemberId { get; private set; }

    public Channel Channel { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public string TemplateCode { get; private set; } = "";

    public string Language { get; private set; } = "";

    public string DedupeKey { get; private set; } = "";

    /// <summary>
    /// True for a repeat of an earlier request's dedupe key (kept as a record of the suppression, not sent).
    /// </summary>
    public bool IsDuplicate { get; private set; }

    public Guid? CampaignId { get; private set; }

    public string? Subject { get; private set; }

    /// <summary>The rendered text; null when rendering failed or once cleared (<see cref="ContentClearedAt"/>).</summary>
    public string? Body { get; private set; }

    /// <summary>
    /// Email only: the address, protected (encrypted) at rest. Other channels resolve the recipient at send time.
    /// </summary>
    public string? ProtectedRecipient { get; private set; }

    public MessageStatus Status { get; private set; }

    public SuppressionReason? SuppressionReason { get; private set; }

    public string? Error { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the dispatcher may next pick it up (now, the end of quiet hours, or a retry's backoff).</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>A marketing message counts against the caps once, even when it is retried.</summary>
    public bool CountedAgainstCap { get; private set; }

    public string? Provider { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// When the subject, body and recipient were cleared (her erasure, or the retention policy); template, channel,
    /// status and times stay for the statistics.
    /// </summary>
    public DateTimeOffset? ContentClearedAt { get; private set; }

    /// <summary>Whether it still waits for the dispatcher.</summary>
    public bool IsPending => Status is MessageStatus.Queued or MessageStatus.Deferred;

    /// <summary>A request taken in: queued now, or kept as the record of a duplicate's suppression.</summary>
    public static NotificationMessage From(
        NotificationRequested request, string language, DateTimeOffset now, bool isDuplicate = false) => new()
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

    /// <summary>The rendered text, and for email the protected address, ready for the dispatcher.</summary>
    public void Rendered(string? subject, string body, string? protectedRecipient)
    {
        Subject = subject;
        Body = body;
        ProtectedRecipient = protectedRecipient;
    }

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
        Error = Shortened(error);
        UpdatedAt = now;
        return new NotificationFailed(RequestId, MemberId, Channel, Error, Attempts) { OccurredAt = now };
    }

    /// <summary>One more send attempt was made (whatever its result).</summary>
    public void CountAttempt() => Attempts++;

    /// <summary>It took its place under the marketing caps.</summary>
    public void CountAgainstCap() => CountedAgainstCap = true;

    /// <summary>It failed for good, so its place under the caps is given back.</summary>
    public void ReturnCapPlace() => CountedAgainstCap = false;

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
        Error = Shortened(error);
        UpdatedAt = now;
    }

    private static string Shortened(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
}
