namespace Loyalty.Console.Api;

/// <summary>One page of a list as the Notification service answers it (newest first).</summary>
public sealed record MessagePage(int Page, int PageSize, int Total, IReadOnlyList<OutboxMessage> Items);

/// <summary>GET /api/notifications/messages(/{id}): a message as operators see it (no recipient address).</summary>
public sealed record OutboxMessage(
    long Id,
    Guid RequestId,
    Guid MemberId,
    string Channel,
    string Purpose,
    string TemplateCode,
    string Language,
    string DedupeKey,
    Guid? CampaignId,
    string? Subject,
    string? Body,
    string Status,
    string? SuppressionReason,
    string? Error,
    int Attempts,
    DateTimeOffset DueAt,
    string? Provider,
    string? ProviderMessageId,
    DateTimeOffset RequestedAt,
    DateTimeOffset? SentAt);

/// <summary>GET /api/notifications/messages/counts (branch apis-scn): each status's count under the filters.</summary>
public sealed record MessageStatusCounts(int Total, IReadOnlyDictionary<string, int> ByStatus);

public static class MessageChoices
{
    public static readonly string[] Statuses = ["Queued", "Deferred", "Sent", "Delivered", "Failed", "Suppressed"];
}

/// <summary>
/// GET /api/members?phone=: only what the outbox's member filter needs to turn a phone into a member.
/// </summary>
public sealed record MessagesMemberLookup(int TotalMembers, IReadOnlyList<MessagesMemberMatch> Members);

public sealed record MessagesMemberMatch(Guid Id, string Name, string Phone);
