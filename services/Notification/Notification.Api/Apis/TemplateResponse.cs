using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Templates;

namespace Loyalty.Notification.Api.Apis;

/// <param name="Code">The template's code, e.g. wake-up-coupon.</param>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Language">zh-CN or en.</param>
/// <param name="Subject">The subject (email); null for other channels.</param>
/// <param name="Body">The text with {{variable}} placeholders.</param>
/// <param name="Variables">The placeholders it uses.</param>
/// <param name="UpdatedAt">When it was last changed (UTC).</param>
public sealed record TemplateResponse(
    string Code,
    Channel Channel,
    string Language,
    string? Subject,
    string Body,
    IReadOnlyList<string> Variables,
    DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(MessageTemplate t) => new(
        t.Code, t.Channel, t.Language, t.Subject, t.Body,
        TemplateRenderer.VariablesOf((t.Subject ?? string.Empty) + "\n" + t.Body), t.UpdatedAt);
}
