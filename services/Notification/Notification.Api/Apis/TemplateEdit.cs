using Loyalty.ServiceDefaults;

namespace Loyalty.Notification.Api.Apis;

/// <summary>New text for a template, as received.</summary>
/// <param name="Body">The text, 1–2000 characters, with {{variable}} placeholders.</param>
/// <param name="Subject">
/// For email (required there): the subject, 1–200 characters, placeholders allowed; other channels ignore it.
/// </param>
public sealed record TemplateEdit(string? Body, string? Subject = null) : IRequestExample<TemplateEdit>
{
    public static TemplateEdit Example { get; } = new("{{name}}，您好：您的 {{points}} 积分将于 {{expiresOn}} 到期，欢迎回店使用。");
}
