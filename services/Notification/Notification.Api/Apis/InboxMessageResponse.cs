using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain;

namespace Loyalty.Notification.Api.Apis;

/// <summary>A message as its member sees it in the inbox.</summary>
public sealed record InboxMessageResponse(long Id, Channel Channel, ConsentPurpose Purpose, string TemplateCode, string? Subject, string? Body, MessageStatus Status, DateTimeOffset? SentAt)
{
    public static InboxMessageResponse From(NotificationMessage m) => new(m.Id, m.Channel, m.Purpose, m.TemplateCode, m.Subject, m.Body, m.Status, m.SentAt);
}
