namespace Loyalty.Contracts.Notification;

/// <summary>
/// A service asks for a message to be sent. DedupeKey suppresses duplicates (same key, same member: sent once);
/// Variables fill the template. Consent, quiet hours and frequency caps are the Notification service's to check.
/// </summary>
public sealed record NotificationRequested(
    Guid RequestId,
    Guid MemberId,
    Channel Channel,
    ConsentPurpose Purpose,
    string TemplateCode,
    IReadOnlyDictionary<string, string> Variables,
    string DedupeKey,
    Guid? CampaignId) : IntegrationEvent;
