using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain.Messages;

namespace Loyalty.Notification.Api.Apis;

/// <summary>A message as operators see it: everything but the recipient address (personal data).</summary>
/// <param name="Id">The message's id.</param>
/// <param name="RequestId">The NotificationRequested event's request id.</param>
/// <param name="MemberId">The recipient member.</param>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Purpose">Marketing or Transactional.</param>
/// <param name="TemplateCode">The template it was rendered from.</param>
/// <param name="Language">zh-CN or en.</param>
/// <param name="DedupeKey">Requests with the same key send once.</param>
/// <param name="CampaignId">The campaign that asked for it; null for transactional messages.</param>
/// <param name="Subject">The subject (email).</param>
/// <param name="Body">The rendered text.</param>
/// <param name="Status">Queued, Deferred, Sent, Failed or Suppressed.</param>
/// <param name="SuppressionReason">Why it was suppressed (duplicate, no consent, cap); null otherwise.</param>
/// <param name="Error">The provider's last error; null when none.</param>
/// <param name="Attempts">Send attempts so far.</param>
/// <param name="DueAt">When it is (or was) due to be sent (UTC); quiet hours defer marketing.</param>
/// <param name="Provider">The provider that sent it (local, http, smtp).</param>
/// <param name="ProviderMessageId">The provider's id for it.</param>
/// <param name="RequestedAt">When it was requested (UTC).</param>
/// <param name="SentAt">When it was sent (UTC); null until then.</param>
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
    public const string HiddenSignInCode = "(a sign-in code: only the member sees it)";

    /// <summary>A message as staff see it: the body of a sign-in code only where codes are shown (local work).</summary>
    public static MessageResponse From(NotificationMessage m, bool showSignInCodes) => new(
        m.Id, m.RequestId, m.MemberId, m.Channel, m.Purpose, m.TemplateCode, m.Language, m.DedupeKey, m.CampaignId,
        m.Subject, m.Purpose == ConsentPurpose.SignIn && !showSignInCodes ? HiddenSignInCode : m.Body, m.Status, m.SuppressionReason, m.Error, m.Attempts, m.DueAt, m.Provider, m.ProviderMessageId,
        m.RequestedAt, m.SentAt);
}
