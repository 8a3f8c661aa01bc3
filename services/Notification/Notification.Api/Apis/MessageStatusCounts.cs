using Loyalty.Notification.Api.Domain.Messages;

namespace Loyalty.Notification.Api.Apis;

/// <summary>How many messages (of the filters given) have each status.</summary>
/// <param name="Total">All of them.</param>
/// <param name="ByStatus">Each status (Queued, Deferred, Sent, Delivered, Failed, Suppressed) with its count; 0
/// included.</param>
public sealed record MessageStatusCounts(int Total, IReadOnlyDictionary<string, int> ByStatus)
{
    public static MessageStatusCounts From(IReadOnlyDictionary<MessageStatus, int> counts) => new(
        counts.Values.Sum(),
        Enum.GetValues<MessageStatus>().ToDictionary(s => s.ToString(), s => counts.GetValueOrDefault(s)));
}
