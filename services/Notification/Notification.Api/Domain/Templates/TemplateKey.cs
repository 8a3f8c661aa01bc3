using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>What names a template: its code, channel and language.</summary>
public readonly record struct TemplateKey(string Code, Channel Channel, string Language);
