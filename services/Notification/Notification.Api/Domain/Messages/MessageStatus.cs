namespace Loyalty.Notification.Api.Domain.Messages;

/// <summary>Where a message is in its life. Queued and Deferred wait for the dispatcher; the rest are final.</summary>
public enum MessageStatus
{
    /// <summary>Waiting to be sent (first attempt, or a retry once its DueAt has come).</summary>
    Queued,

    /// <summary>Marketing held back by quiet hours until DueAt.</summary>
    Deferred,

    /// <summary>The provider accepted it.</summary>
    Sent,

    /// <summary>The provider reported it delivered.</summary>
    Delivered,

    /// <summary>It could not be rendered, or sending failed for good.</summary>
    Failed,

    /// <summary>Deliberately not sent (no consent, over the cap, duplicate, unknown or erased member).</summary>
    Suppressed,
}
