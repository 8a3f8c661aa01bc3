using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// The retention policy for messages: what they said and to whom is cleared once they are older than
/// Privacy:Retention:MessageBodyMonths; template, channel, status and times stay for the statistics. Messages still
/// waiting to be sent are left alone.
/// </summary>
public sealed class ClearOldMessageContent(
    NotificationDbContext db,
    TimeProvider timeProvider,
    IOptions<MessageRetentionOptions> options)
{
    /// <summary>The number of messages cleared.</summary>
    public Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var cutoff = now.AddMonths(-options.Value.MessageBodyMonths);
        return db.Messages
            .Where(m => m.RequestedAt < cutoff && m.Status != MessageStatus.Queued && m.Status != MessageStatus.Deferred)
            .ClearAsync(now, cancellationToken);
    }
}

/// <summary>"Privacy:Retention" section: how long message content is kept, and how often the job looks.</summary>
public sealed class MessageRetentionOptions
{
    public const string SectionName = "Privacy:Retention";

    /// <summary>Months a message's subject, body and recipient are kept (docs/privacy.md).</summary>
    public int MessageBodyMonths { get; set; } = 6;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
