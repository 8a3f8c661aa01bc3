using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain;

namespace Loyalty.Notification.Api.Apis;

public sealed record TemplateResponse(string Code, Channel Channel, string Language, string? Subject, string Body, IReadOnlyList<string> Variables, DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(MessageTemplate t) => new(
        t.Code, t.Channel, t.Language, t.Subject, t.Body,
        TemplateRenderer.VariablesOf((t.Subject ?? string.Empty) + "\n" + t.Body), t.UpdatedAt);
}
