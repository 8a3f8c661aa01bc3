using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain;

/// <summary>The text for one template code, channel and language. Subject is used by email only.</summary>
public sealed class MessageTemplate
{
    public required string Code { get; init; }

    public required Channel Channel { get; init; }

    public required string Language { get; init; }

    public string? Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
