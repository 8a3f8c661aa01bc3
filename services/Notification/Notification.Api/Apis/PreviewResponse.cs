namespace Loyalty.Notification.Api.Apis;

/// <param name="Subject">The rendered subject (email); null for other channels.</param>
/// <param name="Body">The rendered text.</param>
public sealed record PreviewResponse(string? Subject, string Body);
