using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Templates;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Renders a stored template (code, channel, language) or, when a body is given, unsaved text, with sample
/// variables; a missing variable is an error naming it. Nothing is stored.
/// </summary>
public sealed class PreviewTemplate(NotificationDbContext db)
{
    public async Task<PreviewOutcome> HandleAsync(
        string? code,
        Channel? channel,
        string? language,
        string? subject,
        string? body,
        Dictionary<string, string>? sampleVariables,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body is not null)
        {
            TemplateRules.CheckText(subject, body, channel, errors);
        }
        else
        {
            if (TemplateRules.Key(code, channel?.ToString(), language, errors) is not { } key)
            {
                return new PreviewOutcome.Invalid(errors);
            }

            if (await db.Templates.FindAsync([key.Code, key.Channel, key.Language], cancellationToken) is not { } stored)
            {
                return new PreviewOutcome.NotFound();
            }

            (subject, body) = (stored.Subject, stored.Body);
        }

        if (errors.Count > 0)
        {
            return new PreviewOutcome.Invalid(errors);
        }

        var variables = new Dictionary<string, string>(sampleVariables ?? [], StringComparer.Ordinal);
        CouponWording.AddBenefit(variables, language ?? DefaultTemplates.Chinese);
        var (renderedSubject, renderedBody, missing) = TemplateRenderer.RenderMessage(subject, body, variables);
        return missing.Count > 0
            ? new PreviewOutcome.Invalid(new() { ["variables"] = [.. missing.Select(n => $"No value for \"{n}\".")] })
            : new PreviewOutcome.Rendered(renderedSubject, renderedBody!);
    }
}

public abstract record PreviewOutcome
{
    public sealed record Rendered(string? Subject, string Body) : PreviewOutcome;

    public sealed record NotFound : PreviewOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : PreviewOutcome;
}
