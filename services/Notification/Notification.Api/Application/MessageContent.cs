using Loyalty.Notification.Api.Domain.Messages;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Clears what a message says and to whom (subject, body, protected recipient) in one statement, keeping template,
/// channel, status and times for the statistics: an erasure does it for her messages, the retention policy for old
/// ones.
/// </summary>
public static class MessageContent
{
    public static Task<int> ClearAsync(
        this IQueryable<NotificationMessage> messages, DateTimeOffset now, CancellationToken cancellationToken) =>
        messages.Where(m => m.Subject != null || m.Body != null || m.ProtectedRecipient != null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Subject, (string?)null).SetProperty(m => m.Body, (string?)null)
                    .SetProperty(m => m.ProtectedRecipient, (string?)null)
                    .SetProperty(m => m.ContentClearedAt, now),
                cancellationToken);
}
