namespace Loyalty.Notification.Api.Apis;

public sealed record PreviewResponse(string? Subject, string Body);
