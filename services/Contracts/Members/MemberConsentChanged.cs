namespace Loyalty.Contracts.Members;

/// <summary>
/// A member granted or withdrew consent for one channel and purpose. Source says where (app, front desk, import).
/// </summary>
public sealed record MemberConsentChanged(
    Guid MemberId,
    Channel Channel,
    ConsentPurpose Purpose,
    bool Granted,
    string Source,
    DateTimeOffset ChangedAt) : IntegrationEvent;
