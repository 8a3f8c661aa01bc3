using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Notification.Api.Domain.Templates;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.Application;

/// <summary>An admin creates or replaces a template's text (placeholders allowed; email needs a subject).</summary>
public sealed class EditTemplate(NotificationDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public async Task<EditTemplateOutcome> HandleAsync(
        string code,
        string channel,
        string language,
        string? subject,
        string? body,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var key = TemplateRules.Key(code, channel, language, errors);
        TemplateRules.CheckText(subject, body, key?.Channel, errors);
        if (key is not { } k || errors.Count > 0)
        {
            return new EditTemplateOutcome.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow();
        var template = await db.Templates.FindAsync([k.Code, k.Channel, k.Language], cancellationToken);
        if (template is null)
        {
            template = MessageTemplate.Create(k, subject, body!, now);
            db.Templates.Add(template);
        }

        template.Edit(subject, body!, now);
        audit.Record(template, AuditActions.Edited);
        await db.SaveChangesAsync(cancellationToken);
        return new EditTemplateOutcome.Saved(template);
    }
}

public abstract record EditTemplateOutcome
{
    public sealed record Saved(MessageTemplate Template) : EditTemplateOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : EditTemplateOutcome;
}
