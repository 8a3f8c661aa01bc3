using Loyalty.Contracts;
using Loyalty.ServiceDefaults;

namespace Loyalty.Notification.Api.Apis;

/// <summary>
/// A rendering to preview: a stored template (code, channel, language) or, when Body is given, unsaved text;
/// with the variables to fill it.
/// </summary>
/// <param name="Code">A stored template's code, e.g. wake-up-coupon (when body is left out).</param>
/// <param name="Channel">Sms, WeChat, Email or Push: the stored template's channel, or the unsaved text's.</param>
/// <param name="Language">zh-CN or en: the stored template's language (when body is left out).</param>
/// <param name="Subject">Unsaved text: the email subject.</param>
/// <param name="Body">Unsaved text to render instead of a stored template (1–2000 characters).</param>
/// <param name="Variables">The values of the {{variable}} placeholders; a missing one is a 400 naming it.</param>
public sealed record PreviewRequest(
    string? Code = null, Channel? Channel = null, string? Language = null, string? Subject = null, string? Body = null,
    Dictionary<string, string>? Variables = null) : IRequestExample<PreviewRequest>
{
    public static PreviewRequest Example { get; } = new(
        Channel: Contracts.Channel.Sms, Body: TemplateEdit.Example.Body,
        Variables: new() { ["name"] = "王丽", ["points"] = "1200", ["expiresOn"] = "2026-12-31" });
}
