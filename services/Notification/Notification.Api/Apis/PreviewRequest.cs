using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Apis;

/// <summary>
/// A rendering to preview: a stored template (code, channel, language) or, when Body is given, unsaved text;
/// with the variables to fill it.
/// </summary>
public sealed record PreviewRequest(string? Code, Channel? Channel, string? Language, string? Subject, string? Body, Dictionary<string, string>? Variables);
