namespace Loyalty.Notification.Api.Apis;

/// <summary>New text for a template, as received. Subject is required for email.</summary>
public sealed record TemplateEdit(string? Subject, string? Body);
