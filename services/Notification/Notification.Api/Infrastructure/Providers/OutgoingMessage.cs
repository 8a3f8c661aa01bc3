using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// What a provider gets: the recipient is the phone (SMS), the email address (Email) or the member id (WeChat and
/// push, which the provider maps to an openid or device token). Recipient is personal data: never log it.
/// </summary>
public sealed record OutgoingMessage(
    long MessageId,
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    string Recipient,
    string TemplateCode,
    string Language,
    string? Subject,
    string Body);
