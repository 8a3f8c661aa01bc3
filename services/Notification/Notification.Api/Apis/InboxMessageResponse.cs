using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Messages;

namespace Loyalty.Notification.Api.Apis;

/// <summary>A message as its member sees it in the inbox.</summary>
/// <param name="Id">The message's id.</param>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Purpose">Marketing or Transactional.</param>
/// <param name="TemplateCode">The template it was rendered from.</param>
/// <param name="Subject">The subject (email).</param>
/// <param name="Body">The text as sent.</param>
/// <param name="Status">Its delivery status.</param>
/// <param name="SentAt">When it was sent (UTC); null until then.</param>
public sealed record InboxMessageResponse(
    long Id,
    Channel Channel,
    ConsentPurpose Purpose,
    string TemplateCode,
    string? Subject,
    string? Body,
    MessageStatus Status,
    DateTimeOffset? SentAt)
{
    public static InboxMessageResponse From(NotificationMessage m) =>
        new(m.Id, m.Channel, m.Purpose, m.TemplateCode, m.Subject, m.Body, m.Status, m.SentAt);
}
