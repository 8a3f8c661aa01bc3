using System.Text.RegularExpressions;
using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Apis;

public static partial class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/templates").WithTags("Templates").RequireAuthorization(Policies.Staff);
        api.MapGet("/", ListTemplates).WithSummary("Every template (optionally one code), with the variables it uses.");
        api.MapGet("/{code}/{channel}/{language}", GetTemplate).WithSummary("One template.");
        api.MapPut("/{code}/{channel}/{language}", SaveTemplate).RequireAuthorization(Policies.Admin)
            .WithSummary("Create or replace a template's text ({{variable}} placeholders; email needs a subject).");
        api.MapPost("/preview", Preview).RequireAuthorization(Policies.Admin)
            .WithSummary("Render a stored template or unsaved text with sample variables; a missing variable is a 400 naming it.");
        return app;
    }

    public static async Task<Ok<TemplateResponse[]>> ListTemplates(string? code, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Templates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code))
        {
            query = query.Where(t => t.Code == code);
        }

        var templates = await query.OrderBy(t => t.Code).ThenBy(t => t.Channel).ThenBy(t => t.Language).ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(TemplateResponse.From).ToArray());
    }

    public static async Task<Results<Ok<TemplateResponse>, NotFound, ValidationProblem>> GetTemplate(
        string code, string channel, string language, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var key = ValidateKey(code, channel, language, errors);
        if (key is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var template = await db.Templates.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Code == key.Value.Code && t.Channel == key.Value.Channel && t.Language == key.Value.Language, cancellationToken);
        return template is null ? TypedResults.NotFound() : TypedResults.Ok(TemplateResponse.From(template));
    }

    /// <param name="code" example="openapi-example">The template's code: 2–64 lowercase letters, digits or dashes.</param>
    /// <param name="channel" example="Sms">Sms, WeChat, Email or Push.</param>
    /// <param name="language" example="zh-CN">zh-CN or en.</param>
    public static async Task<Results<Ok<TemplateResponse>, ValidationProblem>> SaveTemplate(
        string code, string channel, string language, TemplateEdit edit, NotificationDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var key = ValidateKey(code, channel, language, errors);
        ValidateText(edit.Subject, edit.Body, key?.Channel, errors);
        if (key is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (c, ch, lang) = key.Value;
        var template = await db.Templates.FirstOrDefaultAsync(t => t.Code == c && t.Channel == ch && t.Language == lang, cancellationToken);
        if (template is null)
        {
            template = new MessageTemplate { Code = c, Channel = ch, Language = lang, Body = edit.Body! };
            db.Templates.Add(template);
        }

        template.Subject = ch == Channel.Email ? edit.Subject!.Trim() : null;
        template.Body = edit.Body!.Trim();
        template.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<Ok<PreviewResponse>, NotFound, ValidationProblem>> Preview(
        PreviewRequest request, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        string? subject;
        string body;
        if (request.Body is not null)
        {
            ValidateText(request.Subject, request.Body, request.Channel, errors);
            (subject, body) = (request.Subject, request.Body);
        }
        else
        {
            var key = ValidateKey(request.Code, request.Channel?.ToString(), request.Language, errors);
            if (key is null)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var template = await db.Templates.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Code == key.Value.Code && t.Channel == key.Value.Channel && t.Language == key.Value.Language, cancellationToken);
            if (template is null)
            {
                return TypedResults.NotFound();
            }

            (subject, body) = (template.Subject, template.Body);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var variables = new Dictionary<string, string>(request.Variables ?? [], StringComparer.Ordinal);
        CouponWording.AddBenefit(variables, request.Language ?? DefaultTemplates.Chinese);
        var (renderedBody, missing) = TemplateRenderer.Render(body, variables);
        var (renderedSubject, missingInSubject) = subject is null ? (null, []) : TemplateRenderer.Render(subject, variables);
        var allMissing = missing.Union(missingInSubject).ToList();
        if (allMissing.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["variables"] = [.. allMissing.Select(name => $"No value for \"{name}\".")],
            });
        }

        return TypedResults.Ok(new PreviewResponse(renderedSubject, renderedBody!));
    }

    private static (string Code, Channel Channel, string Language)? ValidateKey(string? code, string? channel, string? language, Dictionary<string, string[]> errors)
    {
        var normalizedCode = code?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!CodePattern().IsMatch(normalizedCode))
        {
            errors["code"] = ["code is 2–64 lowercase letters, digits or dashes, e.g. wake-up-coupon."];
        }

        Channel parsedChannel = default;
        if (channel is null || !Enum.TryParse(channel, ignoreCase: true, out parsedChannel) || !Enum.IsDefined(parsedChannel))
        {
            errors["channel"] = [$"channel is one of {string.Join(", ", Enum.GetNames<Channel>())}."];
        }

        var knownLanguage = DefaultTemplates.Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
        if (knownLanguage is null)
        {
            errors["language"] = [$"language is one of {string.Join(", ", DefaultTemplates.Languages)}."];
        }

        return errors.Count > 0 ? null : (normalizedCode, parsedChannel, knownLanguage!);
    }

    private static void ValidateText(string? subject, string? body, Channel? channel, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > 2000)
        {
            errors["body"] = ["body is 1–2000 characters, with {{variable}} placeholders."];
        }

        if (channel == Channel.Email && (string.IsNullOrWhiteSpace(subject) || subject.Length > 200))
        {
            errors["subject"] = ["An email template needs a subject of 1–200 characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex CodePattern();
}
