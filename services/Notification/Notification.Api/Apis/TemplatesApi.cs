using System.Diagnostics;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Domain.Templates;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Apis;

public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/templates").WithTags("Templates")
            .RequireAuthorization(Policies.StaffOrMarketing);
        api.MapGet("/", ListTemplates).WithSummary("Every template (optionally one code), with the variables it uses.");
        api.MapGet("/{code}/{channel}/{language}", GetTemplate).WithSummary("One template.");
        api.MapPut("/{code}/{channel}/{language}", SaveTemplate).RequireAuthorization(Policies.Marketing)
            .WithSummary("Create or replace a template's text ({{variable}} placeholders; email needs a subject).");
        api.MapPost("/preview", Preview).RequireAuthorization(Policies.Marketing)
            .WithSummary(
                "Render a stored template or unsaved text with sample variables; a missing variable is a 400 naming it.");
        return app;
    }

    public static async Task<Ok<TemplateResponse[]>> ListTemplates(
        string? code, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Templates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code))
        {
            query = query.Where(t => t.Code == code);
        }

        var templates = await query.OrderBy(t => t.Code).ThenBy(t => t.Channel).ThenBy(t => t.Language)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(TemplateResponse.From).ToArray());
    }

    public static async Task<Results<Ok<TemplateResponse>, NotFound, ValidationProblem>> GetTemplate(
        string code, string channel, string language, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (TemplateRules.Key(code, channel, language, errors) is not { } key)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var template = await db.Templates.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Code == key.Code && t.Channel == key.Channel && t.Language == key.Language,
                cancellationToken);
        return template is null ? TypedResults.NotFound() : TypedResults.Ok(TemplateResponse.From(template));
    }

    /// <param name="code" example="openapi-example">The template's code: 2–64 lowercase letters, digits or dashes.</param>
    /// <param name="channel" example="Sms">Sms, WeChat, Email or Push.</param>
    /// <param name="language" example="zh-CN">zh-CN or en.</param>
    public static async Task<Results<Ok<TemplateResponse>, ValidationProblem>> SaveTemplate(
        string code, string channel, string language, TemplateEdit edit, EditTemplate editing,
        CancellationToken cancellationToken) =>
        await editing.HandleAsync(code, channel, language, edit.Subject, edit.Body, cancellationToken) switch
        {
            EditTemplateOutcome.Saved saved => TypedResults.Ok(TemplateResponse.From(saved.Template)),
            EditTemplateOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Ok<PreviewResponse>, NotFound, ValidationProblem>> Preview(
        PreviewRequest request, PreviewTemplate preview, CancellationToken cancellationToken) =>
        await preview.HandleAsync(request.Code, request.Channel, request.Language, request.Subject, request.Body,
                request.Variables, cancellationToken) switch
        {
            PreviewOutcome.Rendered rendered => TypedResults.Ok(new PreviewResponse(rendered.Subject, rendered.Body)),
            PreviewOutcome.NotFound => TypedResults.NotFound(),
            PreviewOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => throw new UnreachableException(),
        };
}
