using System.Text.RegularExpressions;
using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>What a template's key and text must be; errors are keyed by the field, as the API answers them.</summary>
public static partial class TemplateRules
{
    /// <summary>The key normalised (code lowercase, the language as shipped), or null with the errors added.</summary>
    public static TemplateKey? Key(string? code, string? channel, string? language, Dictionary<string, string[]> errors)
    {
        var normalizedCode = code?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!CodePattern().IsMatch(normalizedCode))
        {
            errors["code"] = ["code is 2–64 lowercase letters, digits or dashes, e.g. wake-up-coupon."];
        }

        Channel parsedChannel = default;
        if (channel is null || !Enum.TryParse(channel, ignoreCase: true, out parsedChannel)
            || !Enum.IsDefined(parsedChannel))
        {
            errors["channel"] = [$"channel is one of {string.Join(", ", Enum.GetNames<Channel>())}."];
        }

        var knownLanguage = DefaultTemplates.Languages
            .FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
        if (knownLanguage is null)
        {
            errors["language"] = [$"language is one of {string.Join(", ", DefaultTemplates.Languages)}."];
        }

        return errors.Count > 0 ? null : new TemplateKey(normalizedCode, parsedChannel, knownLanguage!);
    }

    /// <summary>
    /// Adds the errors of a template's text: a body, and for email a subject, of the allowed lengths.
    /// </summary>
    public static void CheckText(string? subject, string? body, Channel? channel, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > MessageTemplate.MaxBodyLength)
        {
            errors["body"] = ["body is 1–2000 characters, with {{variable}} placeholders."];
        }

        if (channel == Channel.Email
            && (string.IsNullOrWhiteSpace(subject) || subject.Length > MessageTemplate.MaxSubjectLength))
        {
            errors["subject"] = ["An email template needs a subject of 1–200 characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex CodePattern();
}
