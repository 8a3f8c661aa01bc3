using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain;

namespace Loyalty.Notification.Api.Apis;

/// <summary>A message as operators see it: everything but the recipient address (personal data).</summary>
public sealed record MessageResponse(
    long Id,
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    ConsentPurpose Purpose,
    string TemplateCode,
    string Language,
    string DedupeKey,
    Guid? CampaignId,
    string? Subject,
    string? Body,
    MessageStatus Status,
    SuppressionReason? SuppressionReason,
    string? Error,
    int Attempts,
    DateTimeOffset DueAt,
    string? Provider,
    string? ProviderMessageId,
    DateTimeOffset RequestedAt,
    DateTimeOffset? SentAt)
{
    public static MessageResponse From(NotificationMessage m) => new(
        m.Id, m.RequestId, m.MemberId, m.Channel, m.Purpose, m.TemplateCode, m.Language, m.DedupeKey, m.CampaignId, m.Subject, m.Body,
        m.Status, m.SuppressionReason, m.Error, m.Attempts, m.DueAt, m.Provider, m.ProviderMessageId, m.RequestedAt, m.SentAt);
}
