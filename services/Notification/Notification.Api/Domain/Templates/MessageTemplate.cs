using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>The text for one template code, channel and language. Subject is used by email only.</summary>
public sealed class MessageTemplate
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 2000;

    private MessageTemplate()
    {
    }

    public string Code { get; private set; } = "";

    public Channel Channel { get; private set; }

    public string Language { get; private set; } = "";

    public string? Subject { get; private set; }

    public string Body { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// A template with its text as given (the shipped ones); an admin's text goes through <see cref="Edit"/>.
    /// </summary>
    public static MessageTemplate Create(TemplateKey key, string? subject, string body, DateTimeOffset at) => new()
    {
        Code = key.Code, Channel = key.Channel, Language = key.Language, Subject = subject, Body = body, UpdatedAt = at,
    };

    /// <summary>New text, trimmed; the subject is kept for email only, other channels ignore it.</summary>
    public void Edit(string? subject, string body, DateTimeOffset at)
    {
        Subject = Channel == Channel.Email ? subject!.Trim() : null;
        Body = body.Trim();
        UpdatedAt = at;
    }
}
